package org.socialmission.metrics.perf;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.socialmission.metrics.admin.imports.AnswerCsvReader;
import org.socialmission.metrics.admin.peers.DemoPeerGenerator;
import org.socialmission.metrics.admin.peers.GeneratedSchool;
import org.socialmission.metrics.assessment.AnswerCodec;
import org.socialmission.metrics.questionnaire.QuestionnaireCatalog;
import org.socialmission.metrics.scoring.Answer;

/**
 * Writes the benchmark's data set as the two import files staff upload: {@code schools.csv} and
 * {@code answers.csv} with N synthetic schools (the demo peer generator, in the survey's
 * proportions of disciplines) and complete answers to their discipline's current questionnaire for
 * one cycle. Usage: {@code BenchmarkData <n> <cycle> <folder>}.
 */
public final class BenchmarkData {

  private BenchmarkData() {}

  /** The files written and their sizes. */
  public record DataSet(Path schools, Path answers, int schoolCount, long answerRows) {}

  public static void main(String[] args) throws IOException {
    DataSet written = write(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Path.of(args[2]));
    System.out.println(written.schoolCount() + " schools, " + written.answerRows() + " answers");
  }

  /** Writes N schools and their answers of the cycle into the folder. */
  public static DataSet write(int n, int cycle, Path folder) throws IOException {
    Files.createDirectories(folder);
    QuestionnaireCatalog catalog = QuestionnaireCatalog.load(Path.of("questionnaires"));
    List<GeneratedSchool> schools =
        new DemoPeerGenerator(catalog).generate(20_000L + n, n, cycle, cycle - 3);
    Path schoolFile = folder.resolve("schools.csv");
    Path answerFile = folder.resolve("answers.csv");
    try (Writer out = Files.newBufferedWriter(schoolFile, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      csv.printRecord("code", "name", "discipline", "ownership", "region", "enrollment");
      for (GeneratedSchool s : schools) {
        csv.printRecord(
            s.code(),
            s.name(),
            s.discipline(),
            s.ownership().name().toLowerCase(Locale.ROOT),
            s.region().name().toLowerCase(Locale.ROOT),
            s.enrollment());
      }
    }
    long rows = 0;
    try (Writer out = Files.newBufferedWriter(answerFile, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      csv.printRecord(AnswerCsvReader.COLUMNS);
      for (GeneratedSchool s : schools) {
        for (var answer : s.answers(cycle).entrySet()) {
          csv.printRecord(s.code(), cycle, answer.getKey(), value(answer.getValue()));
          rows++;
        }
      }
    }
    return new DataSet(schoolFile, answerFile, schools.size(), rows);
  }

  private static String value(Answer answer) {
    return answer instanceof Answer.NotApplicable
        ? AnswerCsvReader.NOT_APPLICABLE
        : AnswerCodec.format(answer);
  }
}
