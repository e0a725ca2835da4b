package org.socialmission.metrics.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog of a directory: versions, current version per discipline, checksums, errors as one
 * block.
 */
class QuestionnaireCatalogTest {

  private static final Path WITH_PART = Path.of("src/test/resources/questionnaires/with-part");

  @TempDir Path dir;

  private void copyFixtures() throws IOException {
    Files.copy(WITH_PART.resolve("shared.yaml"), dir.resolve("shared.yaml"));
    Files.copy(WITH_PART.resolve("extension-v1.yaml"), dir.resolve("extension-v1.yaml"));
    Files.writeString(
        dir.resolve("extension-v2.yaml"),
        Files.readString(WITH_PART.resolve("extension-v1.yaml"))
            .replace("version: 1", "version: 2")
            .replace("disciplines: [dentistry]", "disciplines: [dentistry, nursing]"));
  }

  @Test
  void currentVersionIsTheHighestServingTheDiscipline() throws IOException {
    copyFixtures();
    QuestionnaireCatalog catalog = QuestionnaireCatalog.load(dir);
    assertEquals(
        List.of(new QuestionnaireKey("extension", 1), new QuestionnaireKey("extension", 2)),
        catalog.all().stream().map(Questionnaire::key).toList());
    assertEquals(Optional.of(2), catalog.current(Discipline.DENTISTRY).map(Questionnaire::version));
    assertEquals(Optional.of(2), catalog.current(Discipline.NURSING).map(Questionnaire::version));
    assertEquals(Optional.empty(), catalog.current(Discipline.MEDICINE));
    assertEquals(
        Optional.of(1),
        catalog.find(new QuestionnaireKey("extension", 1)).map(Questionnaire::version));
  }

  @Test
  void verifyUnchangedListsChangedAndMissingVersions() throws IOException {
    copyFixtures();
    QuestionnaireCatalog catalog = QuestionnaireCatalog.load(dir);
    String v1 = catalog.find(new QuestionnaireKey("extension", 1)).orElseThrow().checksum();
    String v2 = catalog.find(new QuestionnaireKey("extension", 2)).orElseThrow().checksum();
    assertEquals(
        List.of(),
        catalog.verifyUnchanged(
            Map.of(
                new QuestionnaireKey("extension", 1),
                v1,
                new QuestionnaireKey("extension", 2),
                v2)));
    List<ChecksumMismatch> mismatches =
        catalog.verifyUnchanged(
            Map.of(
                new QuestionnaireKey("extension", 1),
                "abc",
                new QuestionnaireKey("extension", 3),
                v2));
    assertEquals(
        List.of(
            new ChecksumMismatch(new QuestionnaireKey("extension", 1), "abc", Optional.of(v1)),
            new ChecksumMismatch(new QuestionnaireKey("extension", 3), v2, Optional.empty())),
        mismatches);
    assertEquals(
        "questionnaire extension v3 is used by assessments but no file defines it any more",
        mismatches.get(1).toString());
  }

  @Test
  void editingTheSharedPartChangesTheChecksum() throws IOException {
    copyFixtures();
    String before =
        QuestionnaireCatalog.load(dir)
            .find(new QuestionnaireKey("extension", 1))
            .orElseThrow()
            .checksum();
    Files.writeString(
        dir.resolve("shared.yaml"), Files.readString(dir.resolve("shared.yaml")) + "# edited\n");
    String after =
        QuestionnaireCatalog.load(dir)
            .find(new QuestionnaireKey("extension", 1))
            .orElseThrow()
            .checksum();
    assertTrue(!before.equals(after), "checksum must cover the included part");
  }

  @Test
  void sameIdAndVersionTwiceIsAnError() throws IOException {
    copyFixtures();
    Files.copy(dir.resolve("extension-v2.yaml"), dir.resolve("extension-v2-copy.yaml"));
    CatalogLoad load = QuestionnaireCatalog.check(dir);
    assertEquals(
        List.of(
            dir.resolve("extension-v2.yaml")
                + ":2: questionnaire extension v2 is already defined in "
                + dir.resolve("extension-v2-copy.yaml")
                + ": a new version needs a new version number"),
        load.errors().stream().map(Object::toString).toList());
  }

  @Test
  void failingDirectoryThrowsOneReadableBlock() throws IOException {
    copyFixtures();
    Files.copy(
        Path.of("src/test/resources/questionnaires/broken-v1.yaml"), dir.resolve("broken-v1.yaml"));
    QuestionnaireException e =
        assertThrows(QuestionnaireException.class, () -> QuestionnaireCatalog.load(dir));
    assertEquals(7, e.errors().size());
    String[] lines = e.getMessage().split(System.lineSeparator());
    assertEquals("The questionnaire files in " + dir + " have 7 error(s):", lines[0]);
    assertEquals(
        "  "
            + dir.resolve("broken-v1.yaml")
            + ":4: unknown discipline 'veterinary' (expected medicine,"
            + " nursing or dentistry)",
        lines[1]);
    assertEquals(8, lines.length);
  }

  @Test
  void emptyDirectoryIsAnError() {
    assertEquals(
        List.of(dir + ":1: no questionnaire files (*.yaml) found"),
        QuestionnaireCatalog.check(dir).errors().stream().map(Object::toString).toList());
  }
}
