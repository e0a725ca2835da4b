package org.socialmission.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Just enough reading of Java source for {@link MessagesTest}: comments removed, the arguments of a
 * call split at its top level, and the string literals of an argument. Knows strings, character
 * literals and brackets; not text blocks, which the production code does not use.
 */
final class JavaText {

  private JavaText() {}

  /** The code with comments blanked out, lines kept where they were. */
  static String withoutComments(String code) {
    StringBuilder out = new StringBuilder(code.length());
    int i = 0;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (c == '"' || c == '\'') {
        int end = endOfLiteral(code, i);
        out.append(code, i, end);
        i = end;
      } else if (code.startsWith("//", i)) {
        while (i < code.length() && code.charAt(i) != '\n') {
          i++;
        }
      } else if (code.startsWith("/*", i)) {
        int end = code.indexOf("*/", i + 2);
        end = end < 0 ? code.length() : end + 2;
        code.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /**
   * The arguments of the call whose opening parenthesis ends just before {@code start}, each as its
   * source text; empty for {@code ()}.
   */
  static List<String> arguments(String code, int start) {
    List<String> arguments = new ArrayList<>();
    int depth = 0;
    int from = start;
    int i = start;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (c == '"' || c == '\'') {
        i = endOfLiteral(code, i);
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
        depth--;
      } else if (c == ')' || (c == ',' && depth == 0)) {
        String argument = code.substring(from, i).strip();
        if (!argument.isEmpty() || c == ',') {
          arguments.add(argument);
        }
        if (c == ')') {
          return arguments;
        }
        from = i + 1;
      }
      i++;
    }
    throw new IllegalArgumentException("unclosed call at " + start);
  }

  /** The contents of the string literals at the top level of an argument, escapes as written. */
  static List<String> literals(String argument) {
    List<String> literals = new ArrayList<>();
    int depth = 0;
    int i = 0;
    while (i < argument.length()) {
      char c = argument.charAt(i);
      if (c == '"' || c == '\'') {
        int end = endOfLiteral(argument, i);
        if (c == '"' && depth == 0) {
          literals.add(argument.substring(i + 1, end - 1));
        }
        i = end;
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      }
      i++;
    }
    return literals;
  }

  /** Whether the literal is the start of a key made by concatenation: {@code "measure." + id}. */
  static boolean isPrefix(String argument, String literal) {
    return Pattern.compile("\"" + Pattern.quote(literal) + "\"\\s*\\+").matcher(argument).find();
  }

  /** The 1-based line of a position. */
  static int line(String code, int index) {
    return (int) code.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
  }

  private static int endOfLiteral(String code, int start) {
    char quote = code.charAt(start);
    int i = start + 1;
    while (i < code.length() && code.charAt(i) != quote) {
      i += code.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(i + 1, code.length());
  }
}
