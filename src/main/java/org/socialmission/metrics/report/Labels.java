package org.socialmission.metrics.report;

/** Ids of the questionnaire files as a reader of a report writes them. */
final class Labels {

  private Labels() {}

  /** "medicine" as a reader writes it: "Medicine". */
  static String capitalized(String id) {
    return id.isEmpty() ? id : Character.toUpperCase(id.charAt(0)) + id.substring(1);
  }

  /** A questionnaire version by its id and number: "Medicine, questionnaire version 1". */
  static String questionnaire(String id, int version) {
    return capitalized(id) + ", questionnaire version " + version;
  }
}
