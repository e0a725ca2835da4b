package org.socialmission.metrics.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessageTest {

  @Test
  void aKeyWithArgumentsReadsAsTheEnglishTextOfTheBundle() {
    assertEquals(
        "There is no assessment of MED-0001 for 2026.",
        Message.of("assessment.notFound", "MED-0001", 2026).english());
  }

  @Test
  void numbersWithoutAFormatAreWrittenPlainlyNotGrouped() {
    assertEquals(
        "Keep the text under 10000 characters.",
        Message.of("answer.textTooLong", 10_000).in(Locale.US));
  }

  @Test
  void apostrophesSurviveInPatternsAndInPlainText() {
    assertEquals(
        "Unknown region 'x'; use one of [west].",
        Message.of("benchmark.unknownParameter", "region", "x", "[west]").english());
    assertEquals(
        "Owners must be members of the school's team.",
        Message.of("assessment.ownerNotInTeam").english());
  }

  @Test
  void aMessageAsArgumentIsResolvedInTheSameLocale() {
    Message parts =
        Message.of(
            "import.header.and",
            Message.of("import.header.missing", "cycle"),
            Message.of("import.header.unnamed"));
    assertEquals(
        "The first line must name the columns a,cycle (in any order); this one has missing cycle;"
            + " a column without a name.",
        Message.of("import.header", "a,cycle", parts).in(Locale.GERMAN));
  }

  @Test
  void aMissingKeyShowsItselfInsteadOfFailingThePage() {
    assertEquals("???no.such.key???", Message.of("no.such.key").english());
  }

  @Test
  void anExceptionSaysItsMessageInEnglishAndInAnyLocale() {
    var refused = new AccessDeniedException("access.deanOnly");
    assertEquals("Only the school's dean can do this.", refused.getMessage());
    assertEquals(refused.getMessage(), refused.getMessage(Locale.FRENCH));
    assertEquals(Message.of("access.deanOnly"), refused.text());
  }
}
