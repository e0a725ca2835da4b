package org.socialmission.metrics.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The repository's own {@code questionnaires/} directory loads, and every discipline has full
 * content.
 */
class RealQuestionnairesTest {

  private static QuestionnaireCatalog catalog;

  @BeforeAll
  static void load() {
    catalog = QuestionnaireCatalog.load(Path.of("questionnaires"));
  }

  @ParameterizedTest
  @EnumSource(Discipline.class)
  void everyDisciplineHasACurrentQuestionnaireWithEightScoredQuestionsPerModality(
      Discipline discipline) {
    Questionnaire q = catalog.current(discipline).orElseThrow();
    assertEquals(Modality.IDS, q.modalities().stream().map(Modality::id).toList());
    for (Modality modality : q.modalities()) {
      assertTrue(
          modality.scoredQuestionCount() >= 8,
          discipline
              + " "
              + modality.id()
              + " has only "
              + modality.scoredQuestionCount()
              + " scored questions");
    }
  }

  @ParameterizedTest
  @EnumSource(Discipline.class)
  void everyDisciplineHasConditionalNotApplicableAndEvidenceQuestions(Discipline discipline) {
    List<Question> questions = catalog.current(discipline).orElseThrow().questions();
    assertTrue(questions.stream().filter(q -> q.showWhen().isPresent()).count() >= 3);
    assertTrue(questions.stream().filter(Question::naAllowed).count() >= 3);
    assertTrue(questions.stream().filter(q -> q.type() == QuestionType.TEXT).count() >= 3);
    Set<QuestionType> types = questions.stream().map(Question::type).collect(Collectors.toSet());
    assertEquals(Set.copyOf(Arrays.asList(QuestionType.values())), types);
  }

  @ParameterizedTest
  @EnumSource(Discipline.class)
  void everyModalityHasPhasesAndPublicResourcesFromTheGuidanceFiles(Discipline discipline) {
    Questionnaire q = catalog.current(discipline).orElseThrow();
    Guidance guidance = catalog.guidance(q.key());
    for (Modality modality : q.modalities()) {
      PhaseScale phases = guidance.phases(modality.id()).orElseThrow();
      assertEquals(Phase.BEGINNING, phases.phaseOf(java.math.BigDecimal.ZERO));
      assertEquals(Phase.LEADING, phases.phaseOf(java.math.BigDecimal.valueOf(100)));
      assertTrue(guidance.modality(modality.id()).size() >= 2, modality.id());
    }
    assertTrue(guidance.all().stream().allMatch(r -> r.url().getScheme().equals("https")));
    assertTrue(
        q.questions().stream()
                .filter(question -> !guidance.question(question.id()).isEmpty())
                .count()
            >= 10,
        "questions with resources of their own");
  }

  @Test
  void modalityTitlesFollowTheDomain() {
    assertEquals(
        List.of(
            "School mission",
            "Pipeline cultivation",
            "Student admissions",
            "Structure and content of curriculum",
            "Location of clinical experience",
            "Debt management",
            "Mentoring / role modeling",
            "Post-graduate engagement"),
        catalog.current(Discipline.NURSING).orElseThrow().modalities().stream()
            .map(Modality::title)
            .toList());
  }

  @Test
  void pagesNameEachModalityAsTheQuestionnaireDoes() throws IOException {
    var bundle = new Properties();
    try (var in = RealQuestionnairesTest.class.getResourceAsStream("/i18n/messages.properties")) {
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    var modalities = catalog.current(Discipline.MEDICINE).orElseThrow().modalities();
    for (int i = 0; i < modalities.size(); i++) {
      Modality modality = modalities.get(i);
      assertEquals(
          modality.title(), bundle.getProperty("modality." + (i + 1) + ".title"), modality.id());
      assertEquals(modality.title(), bundle.getProperty("measure." + modality.id()), modality.id());
    }
  }

  @Test
  void disciplinesDifferWhereTheProfessionsDiffer() {
    assertTrue(
        catalog
            .current(Discipline.MEDICINE)
            .orElseThrow()
            .question("graduates.primary-care-match")
            .isPresent());
    assertTrue(
        catalog
            .current(Discipline.NURSING)
            .orElseThrow()
            .question("graduates.nclex-pass-rate")
            .isPresent());
    assertTrue(
        catalog
            .current(Discipline.DENTISTRY)
            .orElseThrow()
            .question("clinical.community-clinic-weeks")
            .isPresent());
    assertTrue(
        catalog
            .current(Discipline.DENTISTRY)
            .orElseThrow()
            .question("graduates.nclex-pass-rate")
            .isEmpty());
  }
}
