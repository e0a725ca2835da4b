package org.socialmission.metrics.admin.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialmission.metrics.questionnaire.Discipline;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.QuestionnaireCatalog;
import org.socialmission.metrics.scoring.Answer;

/** Staff import earlier answers; each value is checked against its question as the wizard would. */
class AnswerCsvReaderTest {

  private static final String HEADER = "school_code,cycle,question_id,value\n";
  private static Questionnaire medicine;
  private static Questionnaire nursing;

  @BeforeAll
  static void load() {
    QuestionnaireCatalog catalog = QuestionnaireCatalog.load(Path.of("questionnaires"));
    medicine = catalog.current(Discipline.MEDICINE).orElseThrow();
    nursing = catalog.current(Discipline.NURSING).orElseThrow();
  }

  private static Optional<Questionnaire> lookup(String code, int cycle) {
    return code.startsWith("MED-")
        ? Optional.of(medicine)
        : code.startsWith("NUR-") ? Optional.of(nursing) : Optional.empty();
  }

  private static ImportResult<ImportedAssessment> read(String csv) throws IOException {
    return new AnswerCsvReader(AnswerCsvReaderTest::lookup)
        .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void groupsValidAnswersPerSchoolAndCycleInFileOrder() throws IOException {
    ImportResult<ImportedAssessment> result =
        read(
            HEADER
                + "MED-0001,2024,mission.leader-accountable,reports\n"
                + "MED-0001,2024,mission.equity-statement,Yes\n"
                + "NUR-0002,2024,mission.equity-statement,no\n"
                + "MED-0001,2021,mission.equity-statement,no\n"
                + "MED-0001,2024,mission.plan-targets,equity-research|workforce-diversity\n"
                + "MED-0001,2024,mission.equity-research-share,NA\n"
                + "MED-0001,2024,pipeline.pathway-participants,120\n"
                + "MED-0001,2024,mission.evidence,\"Board minutes, 2023\"\n");
    assertTrue(result.isValid(), result.errors()::toString);
    assertEquals(
        List.of("MED-0001/2024", "NUR-0002/2024", "MED-0001/2021"),
        result.rows().stream().map(a -> a.schoolCode() + "/" + a.cycle()).toList());
    ImportedAssessment first = result.rows().get(0);
    assertSame(medicine, first.questionnaire());
    assertEquals(
        List.of(
            "mission.leader-accountable",
            "mission.equity-statement",
            "mission.plan-targets",
            "mission.equity-research-share",
            "pipeline.pathway-participants",
            "mission.evidence"),
        new ArrayList<>(first.answers().keySet()));
    assertEquals(
        Map.of(
            "mission.leader-accountable", Answer.choice("reports"),
            "mission.equity-statement", Answer.yes(),
            "mission.plan-targets", Answer.choices("equity-research", "workforce-diversity"),
            "mission.equity-research-share", Answer.notApplicable(),
            "pipeline.pathway-participants", Answer.amount("120"),
            "mission.evidence", Answer.text("Board minutes, 2023")),
        first.answers());
    assertSame(nursing, result.rows().get(1).questionnaire());
  }

  @Test
  void readsAFileWithAByteOrderMark() throws IOException {
    ImportResult<ImportedAssessment> result =
        read("\uFEFF" + HEADER + "MED-0001,2024,mission.equity-statement,yes\n");
    assertEquals(Answer.yes(), result.rows().get(0).answers().get("mission.equity-statement"));
  }

  @ParameterizedTest(name = "{1}: {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "XYZ-0001,2024,mission.equity-statement,yes; school_code;"
            + " Unknown school XYZ-0001. Import the school first, or correct the code.",
        ",2024,mission.equity-statement,yes; school_code; Enter the school code.",
        "MED-0001,24,mission.equity-statement,yes; cycle; Write the cycle as a four-digit year,"
            + " such as 2024.",
        "MED-0001,2024/25,mission.equity-statement,yes; cycle; Write the cycle as a four-digit"
            + " year, such as 2024.",
        "MED-0001,2024,mission.no-such-question,yes; question_id;"
            + " Unknown question \"mission.no-such-question\". The school's questionnaire is"
            + " Social mission self-assessment for medical schools (version 1).",
        "NUR-0001,2024,pipeline.mcat-preparation,yes; question_id;"
            + " Unknown question \"pipeline.mcat-preparation\". The school's questionnaire is"
            + " Social mission self-assessment for nursing schools (version 1).",
        "MED-0001,2024,mission.equity-statement,maybe; value; Choose yes or no.",
        "MED-0001,2024,mission.equity-statement,NA; value; This question cannot be marked not"
            + " applicable.",
        "MED-0001,2024,mission.leader-accountable,everyone; value; Choose one of the listed"
            + " options.",
        "MED-0001,2024,mission.plan-targets,workforce-diversity|world-peace; value; Tick only"
            + " options from the list.",
        "MED-0001,2024,mission.equity-research-share,140; value; Enter a percentage from 0 to 100.",
        "MED-0001,2024,pipeline.pathway-participants,lots; value; Enter a number, such as 42 or"
            + " 12.5."
      })
  void explainsEachKindOfBadRow(String row, String column, String message) throws IOException {
    ImportResult<ImportedAssessment> result = read(HEADER + row + "\n");
    assertFalse(result.isValid());
    assertEquals(List.of(new Problem(2, column, message)), Problem.of(result.errors()));
    assertEquals(List.of(), result.rows());
  }

  @Test
  void refusesASecondAnswerToTheSameQuestionOfTheSameSchoolAndCycle() throws IOException {
    ImportResult<ImportedAssessment> result =
        read(
            HEADER
                + "MED-0001,2024,mission.equity-statement,yes\n"
                + "MED-0001,2021,mission.equity-statement,no\n"
                + "MED-0002,2024,mission.equity-statement,no\n"
                + "MED-0001,2024,mission.equity-statement,no\n");
    assertEquals(
        List.of(
            new Problem(
                5,
                "question_id",
                "Line 2 already answers mission.equity-statement for MED-0001 in 2024.")),
        Problem.of(result.errors()));
  }

  @Test
  void reportsEveryProblemAtOnceAndAsksTheLookupOncePerSchoolAndCycle() throws IOException {
    List<String> asked = new ArrayList<>();
    AnswerCsvReader reader =
        new AnswerCsvReader(
            (code, cycle) -> {
              asked.add(code + "/" + cycle);
              return lookup(code, cycle);
            });
    ImportResult<ImportedAssessment> result =
        reader.read(
            new ByteArrayInputStream(
                (HEADER
                        + "MED-0001,2024,mission.equity-statement,maybe\n"
                        + "MED-0001,2024,mission.budget-line,yes\n"
                        + "MED-0001,20x4,mission.budget-line,yes\n"
                        + "ABC-0001,2024,mission.budget-line,yes\n"
                        + "MED-0001,2024,mission.leader-accountable,\n")
                    .getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        List.of(
            new Problem(2, "value", "Choose yes or no."),
            new Problem(4, "cycle", "Write the cycle as a four-digit year, such as 2024."),
            new Problem(
                5,
                "school_code",
                "Unknown school ABC-0001. Import the school first, or correct the code."),
            new Problem(6, "value", "Choose one of the listed options.")),
        Problem.of(result.errors()));
    assertEquals(List.of("MED-0001/2024", "ABC-0001/2024"), asked);
  }

  @Test
  void refusesAWrongHeaderAnEmptyFileAndAHeaderWithoutRows() throws IOException {
    assertEquals(
        List.of(
            new Problem(
                1,
                "",
                "The first line must name the columns school_code,cycle,question_id,"
                    + "value (in any order); this one has missing question_id; unknown question.")),
        Problem.of(
            read("school_code,cycle,question,value\nMED-0001,2024,mission.budget-line,yes\n")
                .errors()));
    assertEquals(1, read("").errors().get(0).line());
    assertEquals(
        List.of(new Problem(2, "", "The file has a header but no rows below it.")),
        Problem.of(read("\uFEFF" + HEADER).errors()));
  }
}
