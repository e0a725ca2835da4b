package org.socialmission.metrics.report;

import java.util.List;
import org.socialmission.metrics.report.BenchmarkReport.MethodNote;

/** The paragraphs of the Method sheet, which say how every figure of the workbook was made. */
final class MethodTexts {

  private MethodTexts() {}

  static List<MethodNote> notes(int k, String questionnaire) {
    return List.of(
        new MethodNote(
            "Questionnaire", "Answers were scored with questionnaire " + questionnaire + "."),
        new MethodNote(
            "Scores",
            "Each scored question gives points. An unanswered question scores 0 of its maximum;"
                + " 'not applicable' removes its maximum; a question hidden by an earlier answer"
                + " counts nothing. A modality's score is 100 x points / applicable maximum"
                + " (0-100). The overall score is the weighted mean of the modality scores (equal"
                + " weights unless the questionnaire says otherwise). Scores are exact and rounded"
                + " to one decimal only for display."),
        new MethodNote(
            "Peer groups",
            "By default the school is compared with schools of its own discipline and with all"
                + " participating schools that submitted in this cycle. Optional groups filter"
                + " these on public/private ownership or region. The school itself is never among"
                + " its peers."),
        new MethodNote(
            "Statistics",
            "n is the number of peers with a score. P25, median and P75 interpolate linearly"
                + " between the closest ranks (Excel PERCENTILE.INC). Percentile rank = (peers"
                + " strictly below + half of the peers tied) / n x 100. Quartile: rank 75 or more"
                + " is Top, 50 or more Second, 25 or more Third, below 25 Fourth. A modality that"
                + " is not applicable to a school as a whole has no score and no rank."),
        new MethodNote(
            "Anonymity",
            "No figure rests on fewer than "
                + k
                + " peer schools; smaller groups are marked 'Not shown' with the reason. A filtered"
                + " group is shown only if the rest of its parent group also has at least "
                + k
                + " schools, since comparing the two would reveal the difference. Peers appear only"
                + " under pseudonyms drawn anew for every workbook, in the unfiltered groups, with"
                + " scores rounded to whole numbers. Peers' free-text answers never appear."),
        new MethodNote(
            "Confidentiality",
            "This workbook is meant for the school's leadership. Please do not share peers' figures"
                + " outside the school."));
  }
}
