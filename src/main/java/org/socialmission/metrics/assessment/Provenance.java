package org.socialmission.metrics.assessment;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.socialmission.metrics.platform.StorableText;
import org.socialmission.metrics.scoring.DataQuality;

/**
 * Where an answer comes from: the school's data-quality mark ({@link DataQuality}, or none) and its
 * evidence, a short list of document names and links. Kept beside the answer and in its history,
 * reported apart from the score, never shown to anyone outside the school (peers, research
 * exports).
 *
 * <p>Invariants, checked by {@link #of}: at most {@value #MAX_ITEMS} evidence items, each 1 to
 * {@value #MAX_ITEM} characters on one line, storable on every database; an item that starts like
 * an address ({@code scheme://}) is an {@code http} or {@code https} URL with a host. Every other
 * item is a document name, shown as text, never as a link.
 *
 * @param quality the mark; null when the school set none
 * @param evidence document names and links, in the order given
 */
public record Provenance(DataQuality quality, List<String> evidence) implements Serializable {

  /** Most evidence items per answer. */
  public static final int MAX_ITEMS = 10;

  /** Longest evidence item, in characters. */
  public static final int MAX_ITEM = 300;

  /** The start of an address with a scheme, e.g. {@code https://} or {@code ftp://}. */
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://");

  /** No mark, no evidence. */
  public static final Provenance NONE = new Provenance(null, List.of());

  /** Freezes the evidence. */
  public Provenance {
    evidence = List.copyOf(evidence);
  }

  /**
   * A mark and evidence as a writer sent them, checked.
   *
   * @param quality a {@link DataQuality} code, or null for none
   * @param evidence items; blank ones are dropped, the others stripped
   * @throws InvalidAnswerException naming the question and what is wrong
   */
  public static Provenance of(String questionId, String quality, List<String> evidence) {
    DataQuality mark =
        quality == null || quality.isBlank()
            ? null
            : DataQuality.ofCode(quality)
                .orElseThrow(
                    () ->
                        new InvalidAnswerException(questionId, "answer.quality.unknown", quality));
    List<String> items = new ArrayList<>();
    for (String item : evidence) {
      if (item != null && !item.isBlank()) {
        items.add(checked(questionId, item.strip()));
      }
    }
    if (items.size() > MAX_ITEMS) {
      throw new InvalidAnswerException(questionId, "answer.evidence.tooMany", MAX_ITEMS);
    }
    return new Provenance(mark, items);
  }

  private static String checked(String questionId, String item) {
    if (item.length() > MAX_ITEM) {
      throw new InvalidAnswerException(questionId, "answer.evidence.tooLong", MAX_ITEM);
    }
    if (item.chars().anyMatch(Character::isISOControl) || StorableText.problem(item).isPresent()) {
      throw new InvalidAnswerException(questionId, "answer.evidence.oneLine");
    }
    if (SCHEME.matcher(item).lookingAt() && link(item).isEmpty()) {
      throw new InvalidAnswerException(questionId, "answer.evidence.link", item);
    }
    return item;
  }

  /** The item as a web link when it is one ({@code http}/{@code https} with a host). */
  public static Optional<URI> link(String item) {
    try {
      URI uri = new URI(item);
      boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
      return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** The mark, if any. */
  public Optional<DataQuality> mark() {
    return Optional.ofNullable(quality);
  }

  /** Whether there is neither mark nor evidence. */
  public boolean isEmpty() {
    return quality == null && evidence.isEmpty();
  }

  /** The evidence as stored: items on lines of their own; null when there is none. */
  String storedEvidence() {
    return evidence.isEmpty() ? null : String.join("\n", evidence);
  }

  /** The mark as stored; null when there is none. */
  String storedQuality() {
    return quality == null ? null : quality.code();
  }

  /** Provenance as stored (either column may be null). */
  static Provenance stored(String quality, String evidence) {
    return new Provenance(
        DataQuality.ofCode(quality).orElse(null),
        evidence == null || evidence.isEmpty() ? List.of() : Arrays.asList(evidence.split("\n")));
  }
}
