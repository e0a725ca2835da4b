package org.socialmission.metrics.questionnaire;

import java.util.regex.Pattern;

/**
 * The spelling of ids in questionnaire files: lowercase words joined by hyphens, e.g. {@code
 * equity-statement}.
 */
final class Identifiers {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Identifiers() {}

  static boolean isSlug(String text) {
    return SLUG.matcher(text).matches();
  }
}
