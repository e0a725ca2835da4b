package org.socialmission.metrics.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guidance files: resources and phase bands beside a questionnaire, validated like the
 * questionnaire files themselves, merged part first, and left out of every checksum.
 */
class GuidanceLoaderTest {

  private static final Path WITH_PART = Path.of("src/test/resources/questionnaires/with-part");
  private static final QuestionnaireKey EXTENSION = new QuestionnaireKey("extension", 1);

  @TempDir Path dir;

  @BeforeEach
  void copyFixtures() throws IOException {
    Files.copy(WITH_PART.resolve("shared.yaml"), dir.resolve("shared.yaml"));
    Files.copy(WITH_PART.resolve("extension-v1.yaml"), dir.resolve("extension-v1.yaml"));
    Files.createDirectory(dir.resolve("guidance"));
  }

  private void guidance(String name, String yaml) throws IOException {
    Files.writeString(dir.resolve("guidance").resolve(name), yaml);
  }

  private List<String> errors() {
    return QuestionnaireCatalog.check(dir).errors().stream()
        .map(e -> Path.of(e.file()).getFileName() + ":" + e.line() + ": " + e.message())
        .toList();
  }

  private static final String SHARED =
      """
      guides: shared.yaml
      phases:
        - {from: 0, phase: beginning}
        - {from: 40, phase: developing}
        - {from: 80, phase: leading}
      modalities:
        - id: mission
          resources:
            - {title: THEnet framework, url: "https://thenetcommunity.org/the-framework/"}
          questions:
            - id: mission.shared
              resources:
                - {title: Holistic review, url: "https://www.aamc.org/holistic"}
      """;

  @Test
  void theGuidanceOfAQuestionnaireIsItsPartsFollowedByItsOwn() throws IOException {
    guidance("shared.yaml", SHARED);
    guidance(
        "extension-v1.yaml",
        """
        guides: extension-v1.yaml
        modalities:
          - id: mission
            phases:
              - {from: 0, phase: developing}
              - {from: 50, phase: established}
            resources:
              - {title: Beyond Flexner, url: "https://www.beyondflexner.org/about-us.html"}
            questions:
              - id: mission.own
                resources:
                  - {title: Social Mission Alliance, url: "https://socialmission.org/history/"}
        """);
    Guidance guidance = QuestionnaireCatalog.load(dir).guidance(EXTENSION);
    assertEquals(
        List.of("THEnet framework", "Beyond Flexner"),
        guidance.modality("mission").stream().map(Resource::title).toList());
    assertEquals(
        URI.create("https://www.aamc.org/holistic"),
        guidance.question("mission.shared").get(0).url());
    assertEquals(1, guidance.question("mission.own").size());
    assertEquals(Phase.ESTABLISHED, guidance.phases("mission").orElseThrow().phaseOf(bd("50")));
    assertEquals(Phase.DEVELOPING, guidance.phases("debt").orElseThrow().phaseOf(bd("79.9")));
    assertEquals(Phase.LEADING, guidance.phases("debt").orElseThrow().phaseOf(bd("100")));
    assertEquals(Phase.BEGINNING, guidance.phases("debt").orElseThrow().phaseOf(BigDecimal.ZERO));
  }

  @Test
  void withoutGuidanceFilesAQuestionnaireHasNoPhasesAndNoResources() {
    Guidance guidance = QuestionnaireCatalog.load(dir).guidance(EXTENSION);
    assertEquals(Optional.empty(), guidance.phases("mission"));
    assertEquals(List.of(), guidance.all());
  }

  @Test
  void editingGuidanceLeavesTheChecksumAlone() throws IOException {
    String before = QuestionnaireCatalog.load(dir).find(EXTENSION).orElseThrow().checksum();
    guidance("shared.yaml", SHARED);
    assertEquals(before, QuestionnaireCatalog.load(dir).find(EXTENSION).orElseThrow().checksum());
  }

  @Test
  void badLinksTitlesAndDuplicatesAreReportedWithTheirLines() throws IOException {
    guidance(
        "shared.yaml",
        """
        guides: shared.yaml
        modalities:
          - id: mission
            resources:
              - {title: Plain http, url: "http://example.org/page"}
              - {title: "", url: "https://example.org/a"}
              - {title: A, url: "https://example.org/b"}
              - {title: B, url: "https://example.org/b"}
              - {title: No host, url: "https:/path-only"}
              - {title: Typo, link: "https://example.org/c"}
        """);
    assertEquals(
        List.of(
            "shared.yaml:5: 'url' must be a full https link such as https://example.org/page, not"
                + " 'http://example.org/page'",
            "shared.yaml:6: 'title' must not be empty",
            "shared.yaml:8: duplicate resource https://example.org/b in the same list",
            "shared.yaml:9: 'url' must be a full https link such as https://example.org/page, not"
                + " 'https:/path-only'",
            "shared.yaml:10: missing required key 'url'",
            "shared.yaml:10: unknown key 'link' in a resource (allowed: title, url)"),
        errors());
  }

  @Test
  void phaseBandsMustCoverZeroToHundredInOrder() throws IOException {
    guidance(
        "shared.yaml",
        """
        guides: shared.yaml
        phases:
          - {from: 10, phase: beginning}
        modalities:
          - id: debt
            phases:
              - {from: 0, phase: beginning}
              - {from: 50, phase: established}
              - {from: 50, phase: leading}
          - id: mentoring
            phases:
              - {from: 0, phase: developing}
              - {from: 30, phase: beginning}
          - id: graduates
            phases:
              - {from: 0, phase: beginning}
              - {from: 100, phase: leading}
              - {from: 20, phase: flourishing}
        """);
    assertEquals(
        List.of(
            "shared.yaml:3: the first phase band must start at 0, not 10",
            "shared.yaml:9: phase bands must start at ascending scores below 100: 50 does not"
                + " follow 50",
            "shared.yaml:13: phase 'beginning' cannot follow 'developing' (the order is"
                + " beginning, developing, established, leading)",
            "shared.yaml:17: phase bands must start at ascending scores below 100: 100 does not"
                + " follow 0",
            "shared.yaml:18: unknown phase 'flourishing' (expected beginning, developing,"
                + " established or leading)"),
        errors());
  }

  @Test
  void questionsMustBeAskedInTheGuidedFileItself() throws IOException {
    guidance(
        "extension-v1.yaml",
        """
        guides: extension-v1.yaml
        modalities:
          - id: mission
            questions:
              - id: mission.shared
                resources: []
              - id: mission.nowhere
                resources: []
              - id: debt.own
                resources: []
          - id: mission
          - id: missions
        """);
    List<String> errors = errors();
    assertEquals(
        List.of(
            "extension-v1.yaml:5: question 'mission.shared' is not asked in extension-v1.yaml"
                + " (questions of an included part are guided in the part's guidance file)",
            "extension-v1.yaml:7: question 'mission.nowhere' is not asked in extension-v1.yaml"
                + " (questions of an included part are guided in the part's guidance file)",
            "extension-v1.yaml:9: question 'debt.own' is not in modality 'mission'",
            "extension-v1.yaml:11: modality 'mission' is listed twice",
            "extension-v1.yaml:12: unknown modality 'missions' (expected one of [mission,"
                + " pipeline, admissions, curriculum, clinical, debt, mentoring, graduates])"),
        errors);
  }

  @Test
  void guidesMustNameAFileOfTheDirectoryOnce() throws IOException {
    guidance("a.yaml", "guides: nothing-v9.yaml\n");
    guidance("b.yaml", "guides: shared.yaml\n");
    guidance("c.yaml", "guides: shared.yaml\nmodalitis: []\n");
    List<String> errors = errors();
    assertTrue(
        errors.get(0).startsWith("a.yaml:1: 'guides' must name a questionnaire"), errors.get(0));
    assertTrue(
        errors.contains(
            "c.yaml:1: another guidance file already guides shared.yaml; keep one per file"),
        errors.toString());
    assertTrue(
        errors.contains(
            "c.yaml:2: unknown key 'modalitis' in a guidance file (did you mean 'modalities'?)"),
        errors.toString());
  }

  @Test
  void theCommandLineValidatorChecksAGuidanceFileOnItsOwn() throws IOException {
    guidance("shared.yaml", "guides: shared.yaml\nphases: []\n");
    var out = new java.io.ByteArrayOutputStream();
    int status =
        ValidateQuestionnaires.run(
            new String[] {dir.resolve("guidance/shared.yaml").toString()},
            new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(1, status);
    assertTrue(
        out.toString(java.nio.charset.StandardCharsets.UTF_8)
            .contains(":2: 'phases' must list at least one band"),
        out.toString());
  }

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }
}
