package org.socialmission.metrics.admin.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.socialmission.metrics.assessment.AnswerCodec;
import org.socialmission.metrics.assessment.InvalidAnswerException;
import org.socialmission.metrics.platform.Message;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.scoring.Answer;

/**
 * Reads a CSV file of answers with the columns {@code school_code,cycle,question_id,value} (header
 * required, any order), one answer a row, and checks every row. Usage:
 *
 * <pre>{@code
 * ImportResult<ImportedAssessment> result =
 *     new AnswerCsvReader((code, cycle) -> schools.questionnaireOf(code, cycle)).read(upload);
 * }</pre>
 *
 * <p>A row is valid when: the cycle is a four-digit year; the lookup knows the school; the question
 * id belongs to the questionnaire the lookup gives for that school and cycle; the value fits the
 * question as {@link AnswerCodec#parse} reads it ({@code yes}/{@code no}, an option id, option ids
 * joined by {@code |}, a number or percentage, text) or is {@code NA} (any case) where the question
 * allows not applicable; and no earlier row answers the same question for the same school and
 * cycle. A blank value is what the codec makes of it: nothing ticked for a checklist, an error for
 * yes/no.
 *
 * <p>The answers come out grouped per school and cycle, in order of first appearance, each group
 * keeping the order of its rows.
 */
public final class AnswerCsvReader {

  /** The columns an answer file has. */
  public static final List<String> COLUMNS =
      List.of("school_code", "cycle", "question_id", "value");

  /** The value that marks a question not applicable. */
  public static final String NOT_APPLICABLE = "NA";

  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private final QuestionnaireLookup lookup;

  /** A reader that asks {@code lookup} which questionnaire a school answered in a cycle. */
  public AnswerCsvReader(QuestionnaireLookup lookup) {
    this.lookup = Objects.requireNonNull(lookup, "lookup");
  }

  /**
   * All the assessments of the file, or all of its problems; reads the stream to its end, does not
   * close it.
   */
  public ImportResult<ImportedAssessment> read(InputStream csv) throws IOException {
    Reading reading = new Reading();
    List<ImportError> table = CsvTable.read(csv, COLUMNS, reading::accept);
    if (!table.isEmpty()) {
      return ImportResult.invalid(table);
    }
    return reading.result();
  }

  private record SchoolCycle(String schoolCode, int cycle) {}

  /** A row's answer (null when it did not parse) and its line, for a later repeat to name. */
  private record Parsed(Answer answer, int line) {}

  /** The state of reading one file. */
  private final class Reading {

    private final List<ImportError> errors = new ArrayList<>();
    private final Map<SchoolCycle, Optional<Questionnaire>> questionnaires = new HashMap<>();
    private final Map<SchoolCycle, Map<String, Parsed>> answers = new LinkedHashMap<>();

    void accept(CsvRow row) {
      Optional<Integer> cycle = cycle(row);
      String code = row.value("school_code");
      if (code.isEmpty()) {
        errors.add(row.error("school_code", Message.of("import.schoolCode.missing")));
        return;
      }
      cycle
          .map(c -> new SchoolCycle(code, c))
          .ifPresent(
              assessment ->
                  questionnaire(row, assessment)
                      .flatMap(q -> question(row, q))
                      .ifPresent(question -> answer(row, assessment, question)));
    }

    private Optional<Integer> cycle(CsvRow row) {
      String value = row.value("cycle");
      if (!YEAR.matcher(value).matches()) {
        errors.add(row.error("cycle", Message.of("import.cycle")));
        return Optional.empty();
      }
      return Optional.of(Integer.parseInt(value));
    }

    private Optional<Questionnaire> questionnaire(CsvRow row, SchoolCycle assessment) {
      Optional<Questionnaire> questionnaire =
          questionnaires.computeIfAbsent(
              assessment,
              a ->
                  Objects.requireNonNull(
                      lookup.questionnaireFor(a.schoolCode(), a.cycle()), "lookup result"));
      if (questionnaire.isEmpty()) {
        errors.add(
            row.error(
                "school_code", Message.of("import.schoolCode.unknown", assessment.schoolCode())));
      }
      return questionnaire;
    }

    private Optional<Question> question(CsvRow row, Questionnaire questionnaire) {
      String id = row.value("question_id");
      Optional<Question> question = questionnaire.question(id);
      if (question.isEmpty()) {
        errors.add(
            row.error(
                "question_id",
                id.isEmpty()
                    ? Message.of(
                        "import.question.missing", questionnaire.title(), questionnaire.version())
                    : Message.of(
                        "import.question.unknown",
                        id,
                        questionnaire.title(),
                        questionnaire.version())));
      }
      return question;
    }

    private void answer(CsvRow row, SchoolCycle assessment, Question question) {
      Map<String, Parsed> byQuestion =
          answers.computeIfAbsent(assessment, a -> new LinkedHashMap<>());
      Parsed earlier = byQuestion.get(question.id());
      if (earlier != null) {
        errors.add(
            row.error(
                "question_id",
                Message.of(
                    "import.answer.repeated",
                    earlier.line(),
                    question.id(),
                    assessment.schoolCode(),
                    assessment.cycle())));
      }
      Answer answer = null;
      try {
        answer = parse(question, row.value("value"));
      } catch (InvalidAnswerException e) {
        errors.add(row.error("value", e.text()));
      }
      if (earlier == null) {
        byQuestion.put(question.id(), new Parsed(answer, row.line()));
      }
    }

    private Answer parse(Question question, String value) {
      return NOT_APPLICABLE.equalsIgnoreCase(value)
          ? AnswerCodec.notApplicable(question)
          : AnswerCodec.parse(question, value);
    }

    ImportResult<ImportedAssessment> result() {
      if (!errors.isEmpty()) {
        return ImportResult.invalid(errors);
      }
      List<ImportedAssessment> assessments = new ArrayList<>();
      var each = answers.entrySet().iterator();
      while (each.hasNext()) {
        var entry = each.next();
        Map<String, Answer> byQuestion = new LinkedHashMap<>();
        entry.getValue().forEach((id, parsed) -> byQuestion.put(id, parsed.answer()));
        SchoolCycle a = entry.getKey();
        assessments.add(
            new ImportedAssessment(
                a.schoolCode(), a.cycle(), questionnaires.get(a).orElseThrow(), byQuestion));
        each.remove();
      }
      return ImportResult.valid(assessments);
    }
  }
}
