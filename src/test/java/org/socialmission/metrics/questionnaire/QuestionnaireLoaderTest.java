package org.socialmission.metrics.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per kind of mistake a staff member can make in a file, each checking the exact {@code
 * file:line: message} reported. Questions written in a test start at line 10 of the file ({@link
 * #withMission}).
 */
class QuestionnaireLoaderTest {

  private static final String VALID_YESNO =
      """
      - id: mission.a
        type: yesno
        text: T
        help: H
        yesPoints: 1
        thenet: needs
        aspire: organisation
      """;

  @TempDir Path dir;

  /**
   * A self-contained questionnaire whose mission questions start at line 10; other modalities are
   * empty.
   */
  static String withMission(String questions) {
    return """
    id: test
    version: 1
    title: Test
    disciplines: [medicine]
    modalities:
      - id: mission
        title: School mission
        description: d
        questions:
    """
        + questions.indent(6)
        + OTHER_MODALITIES;
  }

  static final String OTHER_MODALITIES =
      """
        - {id: pipeline, title: P, description: d}
        - {id: admissions, title: A, description: d}
        - {id: curriculum, title: C, description: d}
        - {id: clinical, title: L, description: d}
        - {id: debt, title: D, description: d}
        - {id: mentoring, title: M, description: d}
        - {id: graduates, title: G, description: d}
      """;

  private Path write(String name, String yaml) throws IOException {
    return Files.writeString(dir.resolve(name), yaml);
  }

  private List<String> errorsOf(String yaml) throws IOException {
    return QuestionnaireLoader.load(write("q.yaml", yaml)).errors().stream()
        .map(Object::toString)
        .toList();
  }

  private String at(int line, String message) {
    return dir.resolve("q.yaml") + ":" + line + ": " + message;
  }

  @Test
  void loadsAValidQuestionnaireWithDefaults() throws IOException {
    Questionnaire q = QuestionnaireLoader.load(write("q.yaml", withMission(VALID_YESNO))).orThrow();
    Question question = q.question("mission.a").orElseThrow();
    assertEquals(new QuestionnaireKey("test", 1), q.key());
    assertEquals(Set.of(Discipline.MEDICINE), q.disciplines());
    assertEquals(Modality.IDS, q.modalities().stream().map(Modality::id).toList());
    assertTrue(question.required());
    assertFalse(question.naAllowed());
    assertEquals(new YesNoRule(BigDecimal.ONE, BigDecimal.ZERO), question.rule());
    assertEquals(BigDecimal.ONE, q.modality("debt").weight());
  }

  @Test
  void duplicateQuestionId() throws IOException {
    assertEquals(
        List.of(
            at(
                17,
                "duplicate question id 'mission.a' (first defined at "
                    + dir.resolve("q.yaml")
                    + ":10)")),
        errorsOf(withMission(VALID_YESNO + VALID_YESNO)));
  }

  @Test
  void unknownType() throws IOException {
    String yaml =
        withMission(
            VALID_YESNO.replace("type: yesno", "type: yes-no").replace("      yesPoints: 1\n", ""));
    assertEquals(
        List.of(
            at(
                11,
                "unknown type 'yes-no' (expected one of yesno, single, multiple, number,"
                    + " percentage, text)")),
        errorsOf(yaml));
  }

  @Test
  void bandGap() throws IOException {
    assertEquals(
        List.of(
            at(16, "gap between bands: the previous band ends at 10 but this one starts at 12")),
        errorsOf(
            withMission(
                percentage("{from: 0, to: 10, points: 0}", "{from: 12, to: 100, points: 1}"))));
  }

  @Test
  void bandOverlap() throws IOException {
    assertEquals(
        List.of(
            at(16, "overlap between bands: the previous band ends at 10 but this one starts at 8")),
        errorsOf(
            withMission(
                percentage("{from: 0, to: 10, points: 0}", "{from: 8, to: 100, points: 1}"))));
  }

  @Test
  void bandsMustReachTheMax() throws IOException {
    assertEquals(
        List.of(
            at(16, "gap after the last band: values from 90 to the max 100 would score nothing")),
        errorsOf(
            withMission(
                percentage("{from: 0, to: 10, points: 0}", "{from: 10, to: 90, points: 1}"))));
  }

  @Test
  void bandsMustStartAtTheMin() throws IOException {
    assertEquals(
        List.of(at(15, "the first band must start at the minimum 0, not at 5")),
        errorsOf(
            withMission(
                percentage("{from: 5, to: 10, points: 0}", "{from: 10, to: 100, points: 1}"))));
  }

  @Test
  void onlyTheLastBandMayBeOpen() throws IOException {
    assertEquals(
        List.of(
            at(16, "only the last band may leave out 'to'; the band before this one has no 'to'")),
        errorsOf(
            withMission(percentage("{from: 0, points: 0}", "{from: 10, to: 100, points: 1}"))));
  }

  /** A percentage question whose two bands are on lines 15 and 16. */
  private static String percentage(String first, String second) {
    return """
    - id: mission.p
      type: percentage
      text: T
      help: H
      bands:
        - %s
        - %s
      thenet: needs
      aspire: organisation
    """
        .formatted(first, second);
  }

  @Test
  void conditionOnUnknownQuestion() throws IOException {
    assertEquals(
        List.of(at(18, "'showWhen' refers to an unknown question 'mission.nope'")),
        errorsOf(withMission(VALID_YESNO + conditional("{question: mission.nope, equals: yes}"))));
  }

  @Test
  void conditionOnLaterQuestion() throws IOException {
    String yaml =
        withMission(
            conditional("{question: mission.a, equals: yes}").replace("mission.b", "mission.c")
                + VALID_YESNO);
    assertEquals(
        List.of(
            at(
                11,
                "'showWhen' refers to a later question 'mission.a': a condition may only refer"
                    + " to an earlier question")),
        errorsOf(yaml));
  }

  @Test
  void conditionOnIncompatibleType() throws IOException {
    String number =
        """
        - {id: mission.n, type: number, text: T, help: H, unit: u, bands: [{from: 0, points: 1}], thenet: needs, aspire: organisation}
        """;
    assertEquals(
        List.of(
            at(
                12,
                "'showWhen' on number question 'mission.n': only yesno, single and multiple"
                    + " questions can be conditions")),
        errorsOf(withMission(number + conditional("{question: mission.n, equals: yes}"))));
  }

  @Test
  void conditionValueMustFitTheTarget() throws IOException {
    assertEquals(
        List.of(
            at(
                18,
                "'showWhen' on yesno question 'mission.a' must compare with yes or no, not"
                    + " 'maybe'"),
            at(26, "'showWhen' on yesno question 'mission.a' must use 'equals'")),
        errorsOf(
            withMission(
                VALID_YESNO
                    + conditional("{question: mission.a, equals: maybe}")
                    + conditional("{question: mission.a, contains: yes}")
                        .replace("mission.b", "mission.c"))));
  }

  /** A yes/no question {@code mission.b} with the condition on its second line. */
  private static String conditional(String showWhen) {
    return """
    - id: mission.b
      showWhen: %s
      type: yesno
      text: T
      help: H
      yesPoints: 1
      thenet: needs
      aspire: organisation
    """
        .formatted(showWhen);
  }

  @Test
  void negativePoints() throws IOException {
    assertEquals(
        List.of(at(14, "'yesPoints' must not be negative: -2")),
        errorsOf(withMission(VALID_YESNO.replace("yesPoints: 1", "yesPoints: -2"))));
  }

  @Test
  void optionPointsAboveTheMax() throws IOException {
    String single =
        """
        - id: mission.s
          type: single
          text: T
          help: H
          options:
            - {id: a, label: A, points: 0}
            - {id: b, label: B, points: 5}
          maxPoints: 3
          thenet: needs
          aspire: organisation
        """;
    assertEquals(
        List.of(at(17, "points 5 of an option or band are above maxPoints 3")),
        errorsOf(withMission(single)));
  }

  @Test
  void unreachableMaxOfAChecklist() throws IOException {
    String multiple =
        """
        - id: mission.m
          type: multiple
          text: T
          help: H
          options:
            - {id: a, label: A, points: 1}
            - {id: b, label: B, points: 1}
          maxPoints: 3
          thenet: needs
          aspire: organisation
        """;
    assertEquals(
        List.of(at(17, "maxPoints 3 cannot be reached: the best answer gives 2")),
        errorsOf(withMission(multiple)));
  }

  @Test
  void missingModality() throws IOException {
    assertEquals(
        List.of(at(5, "missing modality 'clinical'")),
        errorsOf(
            withMission(VALID_YESNO)
                .replace("  - {id: clinical, title: L, description: d}\n", "")));
  }

  @Test
  void duplicateModality() throws IOException {
    assertEquals(
        List.of(at(24, "duplicate modality 'debt'")),
        errorsOf(withMission(VALID_YESNO) + "  - {id: debt, title: D, description: d}\n"));
  }

  @Test
  void modalityOutOfOrder() throws IOException {
    String yaml =
        withMission(VALID_YESNO)
            .replace(
                """
                  - {id: admissions, title: A, description: d}
                  - {id: curriculum, title: C, description: d}
                """,
                """
                  - {id: curriculum, title: C, description: d}
                  - {id: admissions, title: A, description: d}
                """);
    assertEquals(
        List.of(
            at(
                19,
                "modality 'admissions' is out of order: it must come before 'curriculum' (order:"
                    + " mission, pipeline, admissions, curriculum, clinical, debt, mentoring,"
                    + " graduates)")),
        errorsOf(yaml));
  }

  @Test
  void unknownModality() throws IOException {
    assertEquals(
        List.of(
            at(
                24,
                "unknown modality 'research' (expected one of mission, pipeline, admissions,"
                    + " curriculum, clinical, debt, mentoring, graduates)")),
        errorsOf(withMission(VALID_YESNO) + "  - {id: research, title: R, description: d}\n"));
  }

  @Test
  void missingRequiredField() throws IOException {
    assertEquals(
        List.of(at(10, "missing required key 'help'")),
        errorsOf(withMission(VALID_YESNO.replace("  help: H\n", ""))));
  }

  @Test
  void weightMustBePositive() throws IOException {
    assertEquals(
        List.of(at(19, "'weight' must be above 0, not -1")),
        errorsOf(
            withMission(VALID_YESNO)
                .replace(
                    "{id: curriculum, title: C, description: d}",
                    "{id: curriculum, title: C, description: d, weight: -1}")));
  }

  @Test
  void unknownKeySuggestsTheIntendedOne() throws IOException {
    assertEquals(
        List.of(
            at(
                17,
                "unknown key 'naAlowed' in a question of type yesno (did you mean 'naAllowed'?)")),
        errorsOf(withMission(VALID_YESNO + "  naAlowed: true\n")));
  }

  @Test
  void keyOfAnotherTypeIsUnknown() throws IOException {
    assertEquals(
        List.of(
            at(
                17,
                "unknown key 'bands' in a question of type yesno (allowed: aspire, help, id,"
                    + " naAllowed, noPoints, required, showWhen, text, thenet, type, yesPoints)")),
        errorsOf(withMission(VALID_YESNO + "  bands: []\n")));
  }

  @Test
  void numberMinAboveMax() throws IOException {
    String number =
        """
        - id: mission.n
          type: number
          text: T
          help: H
          unit: students
          min: 50
          max: 10
          bands: [{from: 50, points: 1}]
          thenet: needs
          aspire: organisation
        """;
    assertEquals(List.of(at(15, "min 50 must be below max 10")), errorsOf(withMission(number)));
  }

  @Test
  void duplicateKey() throws IOException {
    assertEquals(
        List.of(at(17, "duplicate key 'yesPoints'")),
        errorsOf(withMission(VALID_YESNO + "  yesPoints: 2\n")));
  }

  @Test
  void malformedYamlReportsTheLine() throws IOException {
    List<String> errors = errorsOf(withMission(VALID_YESNO.replace("text: T", "text: [unclosed")));
    assertEquals(1, errors.size());
    assertTrue(
        errors.get(0).startsWith(dir.resolve("q.yaml") + ":13: not valid YAML"), errors.get(0));
  }

  @Test
  void reportsEveryErrorOfAFileAtOnce() {
    String file = Path.of("src/test/resources/questionnaires/broken-v1.yaml").toString();
    assertEquals(
        List.of(
            file + ":4: unknown discipline 'veterinary' (expected medicine, nursing or dentistry)",
            file + ":5: missing modality 'debt'",
            file + ":9: 'weight' must be above 0, not 0",
            file + ":12: 'yesPoints' must not be negative: -1",
            file + ":12: duplicate question id 'mission.a' (first defined at " + file + ":11)",
            file
                + ":13: unknown type 'slider' (expected one of yesno, single, multiple, number,"
                + " percentage, text)",
            file
                + ":16: modality 'admissions' is out of order: it must come before 'curriculum'"
                + " (order: mission, pipeline, admissions, curriculum, clinical, debt, mentoring,"
                + " graduates)"),
        QuestionnaireLoader.load(Path.of(file)).errors().stream().map(Object::toString).toList());
  }

  @Test
  void questionnaireExtendsItsSharedPart() {
    Questionnaire q =
        QuestionnaireLoader.load(
                Path.of("src/test/resources/questionnaires/with-part/extension-v1.yaml"))
            .orThrow();
    assertEquals(
        List.of("mission.shared", "mission.own"),
        q.modality("mission").questions().stream().map(Question::id).toList());
    assertEquals(
        List.of("debt.own"), q.modality("debt").questions().stream().map(Question::id).toList());
    assertEquals(new BigDecimal("3"), q.modality("debt").weight());
    assertEquals("School mission", q.modality("mission").title());
    assertEquals(
        Optional.of(new Condition("mission.shared", Condition.Test.EQUALS, "yes")),
        q.question("mission.own").orElseThrow().showWhen());
  }

  @Test
  void extensionMayNotRedefineTheTitleOfAModality() throws IOException {
    Files.copy(
        Path.of("src/test/resources/questionnaires/with-part/shared.yaml"),
        dir.resolve("shared.yaml"));
    Path file =
        write(
            "ext.yaml",
            """
            id: ext
            version: 1
            title: T
            disciplines: [nursing]
            includes: shared.yaml
            modalities:
              - {id: mission, title: Our mission}
            """);
    assertEquals(
        List.of(
            file
                + ":7: unknown key 'title' in a modality of a file that includes a part (title,"
                + " description and weight come from the part) (allowed: id, questions)"),
        QuestionnaireLoader.load(file).errors().stream().map(Object::toString).toList());
  }

  @Test
  void missingIncludedFile() throws IOException {
    Path file =
        write(
            "ext.yaml",
            "id: ext\nversion: 1\ntitle: T\ndisciplines: [nursing]\nincludes: core-v9.yaml\n"
                + "modalities: []\n");
    assertEquals(
        List.of(
            file
                + ":5: included file 'core-v9.yaml' not found (looked for "
                + dir.resolve("core-v9.yaml")
                + ")"),
        QuestionnaireLoader.load(file).errors().stream().map(Object::toString).toList());
  }

  @Test
  void errorsInTheSharedPartNameThePartFile() throws IOException {
    write(
        "shared.yaml",
        Files.readString(Path.of("src/test/resources/questionnaires/with-part/shared.yaml"))
            .replace("yesPoints: 1", "yesPoints: one"));
    Path file =
        write(
            "ext.yaml",
            "id: ext\nversion: 1\ntitle: T\ndisciplines: [nursing]\nincludes: shared.yaml\n"
                + "modalities: []\n");
    assertEquals(
        List.of(dir.resolve("shared.yaml") + ":8: 'yesPoints' must be a number, not 'one'"),
        QuestionnaireLoader.load(file).errors().stream().map(Object::toString).toList());
  }

  @Test
  void checksumCoversThePartAndTheQuestionnaire() throws Exception {
    Path part = Path.of("src/test/resources/questionnaires/with-part/shared.yaml");
    Path file = Path.of("src/test/resources/questionnaires/with-part/extension-v1.yaml");
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update(Files.readAllBytes(part));
    sha.update(Files.readAllBytes(file));
    Questionnaire q = QuestionnaireLoader.load(file).orThrow();
    assertEquals(HexFormat.of().formatHex(sha.digest()), q.checksum());
    assertEquals(List.of(part.toString(), file.toString()), q.sources());
  }

  @Test
  void aPartAloneIsNotAQuestionnaireButValidates() {
    Path part = Path.of("src/test/resources/questionnaires/with-part/shared.yaml");
    assertEquals(List.of(), QuestionnaireLoader.validate(part));
    assertEquals(
        List.of(
            part
                + ":1: this is a shared part, not a questionnaire: load the questionnaire that"
                + " includes it"),
        QuestionnaireLoader.load(part).errors().stream().map(Object::toString).toList());
  }
}
