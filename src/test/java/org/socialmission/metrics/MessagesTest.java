package org.socialmission.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.account.Role;
import org.socialmission.metrics.assessment.AssessmentState;
import org.socialmission.metrics.assessment.Cycle;
import org.socialmission.metrics.questionnaire.Modality;
import org.socialmission.metrics.questionnaire.QuestionType;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;

/**
 * The resource bundle {@code i18n/messages.properties} holds every text the code and the pages ask
 * for, and every entry formats. Reads the sources: in Java the string literals passed to {@code
 * Message.of}, {@code FacesMessages.info/warn/error/text} and the constructors of {@code
 * ApplicationException} and its subclasses (with the number of arguments each pattern expects); in
 * XHTML {@code msg['…']}, {@code msg.…} and the prefixes of {@code msg['prefix.'.concat(…)]}. A
 * literal there that is not a key, English text say, fails too.
 */
class MessagesTest {

  private static final Path JAVA = Path.of("src/main/java");
  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]*)+");
  private static final Pattern XHTML_KEY = Pattern.compile("msg\\['([^']+)'\\]|msg\\.(\\w+)");
  private static final Pattern XHTML_PREFIX = Pattern.compile("msg\\['([^']+)'\\.concat\\(");
  private static final Pattern SUBCLASS =
      Pattern.compile("class\\s+(\\w+)\\s+extends\\s+(\\w+)", Pattern.MULTILINE);

  private static Map<String, String> bundle;

  @BeforeAll
  static void readBundle() throws IOException {
    Properties properties = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            Path.of("src/main/resources/i18n/messages.properties"), StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    bundle = new TreeMap<>();
    properties.forEach((k, v) -> bundle.put((String) k, (String) v));
  }

  /** A key used in code, where, and how many arguments it is given (-1: unknown). */
  record Use(String key, String where, int arguments, boolean prefix) {}

  @Test
  void everyKeyTheJavaCodeUsesIsInTheBundleWithItsArguments() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Use use : javaUses()) {
      if (!KEY.matcher(use.key()).matches()) {
        problems.add(use.where() + ": \"" + use.key() + "\" is text, not a key of the bundle");
      } else if (use.prefix()) {
        if (bundle.keySet().stream().noneMatch(k -> k.startsWith(use.key()))) {
          problems.add(use.where() + ": no key starts with " + use.key());
        }
      } else if (!bundle.containsKey(use.key())) {
        problems.add(use.where() + ": no key " + use.key());
      } else if (use.arguments() != placeholders(bundle.get(use.key()))) {
        problems.add(
            use.where()
                + ": "
                + use.key()
                + " is given "
                + use.arguments()
                + " argument(s), its text has "
                + placeholders(bundle.get(use.key())));
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theScanFindsTheKeysOfExceptionsMessagesAndTernaries() throws IOException {
    Set<String> keys = new HashSet<>();
    javaUses().forEach(use -> keys.add(use.key()));
    // One of each kind: a subclass of a subclass, Message.of, FacesMessages, a ternary.
    assertTrue(keys.contains("answer.chooseYesNo"), "InvalidAnswerException");
    assertTrue(keys.contains("import.header.and"), "Message.of");
    assertTrue(keys.contains("cycles.opened"), "FacesMessages.info");
    assertTrue(keys.contains("assessment.stale"), "super(…) of an exception");
    assertTrue(keys.contains("access.teamWritesOnly") && keys.contains("access.deanOnly"));
  }

  @Test
  void everyKeyThePagesUseIsInTheBundle() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path page : files(WEBAPP, ".xhtml")) {
      String text = Files.readString(page);
      Matcher key = XHTML_KEY.matcher(text);
      while (key.find()) {
        String name = key.group(1) != null ? key.group(1) : key.group(2);
        if (!bundle.containsKey(name)) {
          problems.add(page + ": no key " + name);
        }
      }
      Matcher prefix = XHTML_PREFIX.matcher(text);
      while (prefix.find()) {
        if (bundle.keySet().stream().noneMatch(k -> k.startsWith(prefix.group(1)))) {
          problems.add(page + ": no key starts with " + prefix.group(1));
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyValueThatPagesTurnIntoAKeyHasOne() {
    List<String> missing = new ArrayList<>();
    expect(missing, "state.", AssessmentState.values(), Enum::name);
    expect(missing, "role.", Role.values(), Enum::name);
    expect(missing, "cycleState.", Cycle.State.values(), Enum::name);
    expect(missing, "ownership.", Ownership.values(), Enum::name);
    expect(missing, "region.", Region.values(), Enum::name);
    expect(missing, "questionType.", QuestionType.values(), QuestionType::code);
    expect(missing, "measure.", Modality.IDS.toArray(String[]::new), id -> id);
    for (int n = 1; n <= Modality.IDS.size(); n++) {
      expect(missing, "modality." + n + ".", new String[] {"title", "text"}, s -> s);
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyEntryFormatsAndKeepsItsApostrophes() {
    List<String> problems = new ArrayList<>();
    bundle.forEach(
        (key, text) -> {
          if (text.indexOf('{') < 0) {
            if (text.contains("''")) {
              problems.add(key + ": plain text (no placeholder) is shown as it is; write ' once");
            }
            return;
          }
          try {
            new MessageFormat(text);
          } catch (IllegalArgumentException e) {
            problems.add(key + ": not a MessageFormat pattern: " + e.getMessage());
            return;
          }
          if (text.replace("''", "").indexOf('\'') >= 0) {
            problems.add(key + ": a pattern with placeholders needs '' for an apostrophe");
          }
        });
    assertEquals(List.of(), problems);
  }

  private static int placeholders(String text) {
    return text.indexOf('{') < 0 ? 0 : new MessageFormat(text).getFormatsByArgumentIndex().length;
  }

  private static <T> void expect(
      List<String> missing, String prefix, T[] values, Function<T, String> suffix) {
    Arrays.stream(values)
        .map(v -> prefix + suffix.apply(v))
        .filter(k -> !bundle.containsKey(k))
        .forEach(missing::add);
  }

  private static List<Use> javaUses() throws IOException {
    List<Path> sources = files(JAVA, ".java");
    Set<String> exceptions = exceptionClasses(sources);
    String calls =
        "new\\s+("
            + String.join("|", exceptions)
            + ")\\s*\\(|\\bMessage\\.of\\s*\\(|\\bFacesMessages\\.(?:info|warn|error|text)\\s*\\(";
    Pattern call = Pattern.compile(calls);
    // In an exception class, super(…) passes a key on too.
    Pattern callOrSuper = Pattern.compile(calls + "|\\bsuper\\s*\\(");
    List<Use> uses = new ArrayList<>();
    for (Path source : sources) {
      String code = JavaText.withoutComments(Files.readString(source));
      boolean isException =
          exceptions.contains(source.getFileName().toString().replace(".java", ""));
      Matcher found = (isException ? callOrSuper : call).matcher(code);
      while (found.find()) {
        List<String> arguments = JavaText.arguments(code, found.end());
        for (int i = 0; i < arguments.size(); i++) {
          for (String literal : JavaText.literals(arguments.get(i))) {
            boolean prefix = JavaText.isPrefix(arguments.get(i), literal);
            String where = source.getFileName() + ":" + JavaText.line(code, found.start());
            uses.add(new Use(literal, where, arguments.size() - i - 1, prefix));
          }
        }
      }
    }
    return uses;
  }

  /** ApplicationException and every class that extends it, by simple name. */
  private static Set<String> exceptionClasses(List<Path> sources) throws IOException {
    Map<String, String> parents = new TreeMap<>();
    for (Path source : sources) {
      Matcher declaration = SUBCLASS.matcher(Files.readString(source));
      while (declaration.find()) {
        parents.put(declaration.group(1), declaration.group(2));
      }
    }
    Set<String> found = new TreeSet<>(Set.of("ApplicationException"));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (var entry : parents.entrySet()) {
        if (found.contains(entry.getValue()) && found.add(entry.getKey())) {
          grew = true;
        }
      }
    }
    assertTrue(found.contains("InvalidAnswerException"), found::toString);
    return found;
  }

  private static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  @Test
  void javaTextSplitsArgumentsAtTheTopLevelOnly() {
    String code = "f(a ? \"x.y\" : \"x.z\", g(\"not.me\", 1), \"p.\" + id, 'c', \"q\\\"r\")";
    List<String> arguments = JavaText.arguments(code, 2);
    assertEquals(5, arguments.size(), arguments::toString);
    assertEquals(List.of("x.y", "x.z"), JavaText.literals(arguments.get(0)));
    assertEquals(List.of(), JavaText.literals(arguments.get(1)));
    assertTrue(JavaText.isPrefix(arguments.get(2), "p."));
    assertFalse(JavaText.isPrefix(arguments.get(0), "x.y"));
    assertEquals(List.of(), JavaText.literals(arguments.get(3)));
    assertEquals(List.of("q\\\"r"), JavaText.literals(arguments.get(4)));
    assertEquals(List.of(), JavaText.arguments("f()", 2));
  }
}
