package org.socialmission.metrics.api;

import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialmission.metrics.platform.Jsons;
import org.socialmission.metrics.platform.Message;
import org.socialmission.metrics.platform.StorableText;

/**
 * What a JSON request body must be before anything binds it: UTF-8 (RFC 8259), well-formed, nested
 * at most {@value #MAX_DEPTH} levels, every number at most {@value #MAX_DIGITS} digits with an
 * exponent of at most {@value #MAX_EXPONENT}, every string storable ({@link StorableText}: no NUL,
 * no lone surrogate). Checked on the raw tokens with a streaming parser, so a number is never
 * turned into a {@code BigDecimal} (or expanded) before it is known to be small. Problems name
 * where they are: the line, or the field as a path such as {@code [2].value}.
 */
final class JsonBody {

  static final int MAX_DEPTH = 32;
  static final int MAX_DIGITS = 30;
  static final int MAX_EXPONENT = 100;

  private static final Pattern NUMBER =
      Pattern.compile("-?(\\d+)(?:\\.(\\d+))?(?:[eE][+-]?(\\d+))?");

  private JsonBody() {}

  /** Why the body is refused; empty when it may be bound. */
  static Optional<Message> problem(byte[] body) {
    Optional<Message> encoding = encodingProblem(body);
    if (encoding.isPresent()) {
      return encoding;
    }
    try (JsonParser parser =
        Jsons.parser(
            new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8))) {
      return walk(parser);
    } catch (JsonParsingException e) {
      return Optional.of(
          Message.of(
              "api.json.invalid",
              e.getLocation() == null ? 1 : e.getLocation().getLineNumber(),
              e.getLocation() == null ? 1 : e.getLocation().getColumnNumber()));
    } catch (RuntimeException e) {
      return Optional.of(Message.of("api.json.invalid", 1, 1));
    }
  }

  private static Optional<Message> walk(JsonParser parser) {
    Deque<Place> places = new ArrayDeque<>();
    String key = null;
    while (parser.hasNext()) {
      JsonParser.Event event = parser.next();
      switch (event) {
        case START_ARRAY, START_OBJECT -> {
          String path = path(places, key);
          if (places.size() >= MAX_DEPTH) {
            return Optional.of(Message.of("api.json.tooDeep", MAX_DEPTH, path));
          }
          advance(places);
          places.push(new Place(path, event == JsonParser.Event.START_ARRAY));
          key = null;
        }
        case END_ARRAY, END_OBJECT -> {
          places.pop();
          key = null;
        }
        case KEY_NAME -> {
          key = parser.getString();
          Optional<String> problem = StorableText.problem(key);
          if (problem.isPresent()) {
            return Optional.of(
                Message.of("api.json.text", path(places, null), Message.of(problem.get())));
          }
        }
        case VALUE_STRING -> {
          Optional<String> problem = StorableText.problem(parser.getString());
          if (problem.isPresent()) {
            return Optional.of(
                Message.of("api.json.text", path(places, key), Message.of(problem.get())));
          }
          advance(places);
        }
        case VALUE_NUMBER -> {
          if (!isSmall(parser.getString())) {
            return Optional.of(
                Message.of("api.json.number", path(places, key), MAX_DIGITS, MAX_EXPONENT));
          }
          advance(places);
        }
        default -> advance(places);
      }
    }
    return Optional.empty();
  }

  /** A number token with few digits and a small exponent; the text only, no arithmetic. */
  static boolean isSmall(String token) {
    Matcher number = NUMBER.matcher(token);
    if (!number.matches()) {
      return false;
    }
    int digits =
        number.group(1).length() + (number.group(2) == null ? 0 : number.group(2).length());
    String exponent = number.group(3);
    return digits <= MAX_DIGITS
        && (exponent == null
            || exponent.replaceFirst("^0+(?=\\d)", "").length() <= 3
                && Integer.parseInt(exponent) <= MAX_EXPONENT);
  }

  /** Where a value stands: {@code name}, {@code [2]}, {@code [2].value}; {@code $} for the top. */
  private static String path(Deque<Place> places, String key) {
    Place inside = places.peek();
    if (inside == null) {
      return "$";
    }
    String parent = inside.path().equals("$") ? "" : inside.path();
    if (inside.array()) {
      return parent + "[" + inside.index() + "]";
    }
    return parent.isEmpty() ? String.valueOf(key) : parent + "." + key;
  }

  /** Counts one more element of the array the parser is in. */
  private static void advance(Deque<Place> places) {
    Place inside = places.peek();
    if (inside != null && inside.array()) {
      places.pop();
      places.push(new Place(inside.path(), true, inside.index() + 1));
    }
  }

  /** Where bytes that are not UTF-8 start, as byte offset and line. */
  private static Optional<Message> encodingProblem(byte[] body) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    if (decoder.decode(in, CharBuffer.allocate(body.length), true).isError()) {
      int offset = in.position();
      int line = 1;
      for (int i = 0; i < offset; i++) {
        line += body[i] == '\n' ? 1 : 0;
      }
      return Optional.of(Message.of("api.json.notUtf8", offset, line));
    }
    return Optional.empty();
  }

  /** An array or object being read; {@code index} is the next element's, for arrays. */
  private record Place(String path, boolean array, int index) {
    Place(String path, boolean array) {
      this(path, array, 0);
    }
  }
}
