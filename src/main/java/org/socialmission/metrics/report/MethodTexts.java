package org.socialmission.metrics.report;

import java.util.List;
import java.util.Optional;
import org.socialmission.metrics.benchmark.ReleaseStamp;
import org.socialmission.metrics.report.BenchmarkReport.MethodNote;

/** The paragraphs of the Method sheet, which say how every figure of the workbook was made. */
final class MethodTexts {

  private MethodTexts() {}

  static List<MethodNote> notes(int k, String questionnaire, Optional<ReleaseStamp> release) {
    return List.of(
        new MethodNote(
            "Benchmark release",
            release
                    .map(r -> r.label() + ". ")
                    .orElse("No benchmark release of this cycle yet, so no peer figures. ")
                + "Peer figures come only from benchmark releases that initiative staff publish: a"
                + " release holds the scores of every assessment submitted at that moment and never"
                + " changes, so this workbook shows the same peer figures until the next release,"
                + " whoever submits or reopens in between. Your own scores and answers are as they"
                + " are now."),
        new MethodNote(
            "Questionnaire", "Answers were scored with this questionnaire: " + questionnaire + "."),
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
                + " participating schools of the release. Optional groups filter these on"
                + " public/private ownership, region or enrollment band. The school itself is never"
                + " among its peers."),
        new MethodNote(
            "Statistics",
            "n is the number of peers with a score. P25, median and P75 interpolate linearly"
                + " between the closest ranks (Excel PERCENTILE.INC). Percentile rank = (peers"
                + " strictly below + half of the peers tied) / n x 100. Quartile: rank 75 or more"
                + " is Top, 50 or more Second, 25 or more Third, below 25 Fourth. A modality that"
                + " is not applicable to a school as a whole has no score and no rank. Every figure"
                + " is rounded to one decimal; the quartile is that of the exact rank."),
        new MethodNote(
            "Anonymity",
            "No figure rests on fewer than "
                + k
                + " peer schools; smaller groups are marked 'Not shown' with the reason. A filtered"
                + " group is shown only if the rest of its parent group also has at least "
                + k
                + " schools, since comparing the two would reveal the difference. A group is also"
                + " not shown when, since an earlier release, "
                + k
                + " or fewer schools joined or left it, since comparing the releases would reveal"
                + " them. Peers appear only under pseudonyms, in the unfiltered groups, with scores"
                + " rounded to whole numbers; the pseudonyms are drawn anew for every release and"
                + " stay the same for every download of one release. Peers' free-text answers never"
                + " appear."),
        new MethodNote(
            "Confidentiality",
            "This workbook is meant for the school's leadership. Please do not share peers' figures"
                + " outside the school."));
  }
}
