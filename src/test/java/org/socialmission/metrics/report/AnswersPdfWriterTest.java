package org.socialmission.metrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.assessment.AnswerCodec;
import org.socialmission.metrics.assessment.AnswerView;
import org.socialmission.metrics.assessment.AssessmentSnapshot;
import org.socialmission.metrics.assessment.AssessmentState;
import org.socialmission.metrics.assessment.Provenance;
import org.socialmission.metrics.questionnaire.Discipline;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.QuestionnaireCatalog;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;
import org.socialmission.metrics.school.SchoolProfile;
import org.socialmission.metrics.scoring.Answer;
import org.socialmission.metrics.scoring.DataQuality;
import org.socialmission.metrics.scoring.QuestionnaireScorer;

/**
 * The printable copy as its reader sees it: the PDF's text holds the school, every question with
 * the school's answer in words, owners and scores; typed text stays text, whatever it contains.
 */
class AnswersPdfWriterTest {

  private static final LocalDateTime THEN = LocalDateTime.of(2026, 3, 1, 9, 30);
  private static final String EVIDENCE =
      "Plan 2024–2028 <b>not markup</b> & “quotes” — Zoë, Łódź, Ελλάδα\u0001";

  private static final String SOURCE = "Board minutes <i>2025</i> & annex “B”";

  private static Questionnaire medicine;

  @BeforeAll
  static void load() {
    medicine =
        QuestionnaireCatalog.load(Path.of("questionnaires"))
            .current(Discipline.MEDICINE)
            .orElseThrow();
  }

  private static AnswerView answer(String questionId, String value) {
    return new AnswerView(questionId, value, false, 1, "Ana Diaz", THEN);
  }

  private static AnswersCopy copy() {
    String textQuestion =
        medicine.questions().stream()
            .filter(q -> q.type().code().equals("text"))
            .findFirst()
            .orElseThrow()
            .id();
    Map<String, AnswerView> answers =
        Map.of(
            "mission.equity-statement",
            new AnswerView(
                "mission.equity-statement",
                "yes",
                false,
                1,
                "Ana Diaz",
                THEN,
                new Provenance(
                    DataQuality.ESTIMATE, List.of(SOURCE, "https://example.org/b?x=1&y=2"))),
            "mission.equity-research-share",
            answer("mission.equity-research-share", "12.5"),
            "admissions.fee-waivers",
            new AnswerView(
                "admissions.fee-waivers", null, true, 1, "Ben", THEN, Provenance.NONE, 2023),
            textQuestion,
            answer(textQuestion, EVIDENCE));
    var snapshot =
        new AssessmentSnapshot(
            1,
            new SchoolProfile(
                "MED-0001",
                "Riverbend School of Medicine & <Health>",
                "medicine",
                "Medicine",
                Ownership.PUBLIC,
                Region.MIDWEST,
                400),
            2026,
            medicine.key(),
            AssessmentState.IN_PROGRESS,
            4,
            THEN,
            null,
            null,
            answers,
            Map.of("mission", new AssessmentSnapshot.Owner("Ana Diaz", "ana@med.example.edu")),
            null,
            List.of(),
            true);
    Map<String, Answer> scored = new HashMap<>();
    answers.forEach(
        (id, view) -> {
          var question = medicine.question(id).orElseThrow();
          scored.put(
              id,
              view.notApplicable()
                  ? AnswerCodec.notApplicable(question)
                  : AnswerCodec.parse(question, view.value()));
        });
    var card = QuestionnaireScorer.score(medicine, scored);
    return AnswersCopyAssembler.assemble(snapshot, medicine, card, Locale.ENGLISH, THEN);
  }

  private static String pdfText(AnswersCopy copy) throws IOException {
    var out = new ByteArrayOutputStream();
    AnswersPdfWriter.write(copy, Locale.ENGLISH, out);
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      assertTrue(pdf.getNumberOfPages() > 3, "every question of eight modalities");
      return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
  }

  @Test
  void theCopyHoldsTheSchoolTheAnswersInWordsTheOwnersAndTheScores() throws IOException {
    AnswersCopy copy = copy();
    String text = pdfText(copy);
    assertTrue(text.contains("Riverbend School of Medicine & <Health>"), text);
    assertTrue(text.contains("Cycle 2026"), "a year, not 2,026: " + text);
    String statement = medicine.question("mission.equity-statement").orElseThrow().text();
    assertTrue(text.contains(statement.substring(0, 40)), "question text");
    assertTrue(text.contains("12.5%"), "a percentage as people read it");
    assertTrue(text.contains("Not applicable"), "n/a in words");
    assertTrue(text.contains("Carried from 2023, not confirmed yet."), text);
    assertTrue(text.contains("Owner: Ana Diaz"), "the owner of School mission");
    assertTrue(text.contains("nobody assigned yet"), "modalities without an owner say so");
    assertTrue(text.contains("Overall score " + copy.overall()), text);
    assertTrue(text.contains("Page 1 of"), "page numbers");
  }

  @Test
  void typedTextIsPrintedAsTypedNeverAsMarkup() throws IOException {
    String text = pdfText(copy());
    assertTrue(
        text.contains("Plan 2024–2028 <b>not markup</b> & “quotes” — Zoë, Łódź, Ελλάδα"),
        "typed text, every character printable: " + text);
    String html = AnswersPdfWriter.html(copy(), Locale.ENGLISH);
    assertFalse(html.contains("<b>not markup"), "escaped");
    assertFalse(html.contains("\u0001"), "a control character XML cannot hold is left out");
  }

  @Test
  void anAnswerPrintsTheSchoolsMarkAndEvidenceEscaped() throws IOException {
    String text = pdfText(copy());
    String statement = medicine.question("mission.equity-statement").orElseThrow().text();
    String afterStatement = text.substring(text.indexOf(statement.substring(0, 40)));
    assertTrue(
        afterStatement.matches(
            "(?s).{0,400}Yes Data quality: Estimate Evidence: "
                + java.util.regex.Pattern.quote(SOURCE)
                + " https://example.org/b\\?x=1&y=2.*"),
        "mark and evidence under the answer: " + afterStatement.substring(0, 500));
    assertEquals(1, text.split("Data quality:", -1).length - 1, "only where the school set one");
    String html = AnswersPdfWriter.html(copy(), Locale.ENGLISH);
    assertFalse(html.contains("<i>2025"), "evidence escaped");
    assertTrue(html.contains("&lt;i&gt;2025&lt;/i&gt; &amp; annex"), "printed as typed");
  }

  @Test
  void escapingKeepsCharactersOutsideTheBasicPlane() {
    assertEquals("a &lt;b&gt; 😀 &amp; c", AnswersPdfWriter.escape("a <b> 😀 & c\uD800"));
  }
}
