package org.socialmission.metrics.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core (the script carried by {@code com.deque.html.axe-core:selenium}) run in the page a
 * {@link Browser} shows, against WCAG 2.0 and 2.1, levels A and AA.
 */
public final class Axe {

  private static final String SCRIPT = load();

  private static final String RUN =
      "var done = arguments[arguments.length - 1];axe.run(document, {runOnly: {type: 'tag', values:"
          + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}).then(function (r) {"
          + " done(JSON.stringify(r.violations.map(function (v) {  return {id: v.id, help: v.help,"
          + " nodes: v.nodes.slice(0, 4).map(function (n) {    return n.target.join(' ') + ' :: ' +"
          + " (n.failureSummary || '').replace(/\\s+/g, ' ');  })};}))); }).catch(function (e) {"
          + " done('error: ' + e); });";

  private Axe() {}

  /** Each violation on the page as one line: rule, what it asks, the first elements and why. */
  public static List<String> violations(Browser browser) {
    var js = (JavascriptExecutor) browser.driver();
    js.executeScript(SCRIPT);
    Object result = js.executeAsyncScript(RUN);
    String text = String.valueOf(result);
    if (text.startsWith("error: ")) {
      throw new IllegalStateException("axe-core failed on " + browser.currentPath() + ": " + text);
    }
    return Json.createReader(new StringReader(text)).readArray().stream()
        .map(JsonValue::asJsonObject)
        .map(Axe::line)
        .toList();
  }

  private static String line(JsonObject violation) {
    return violation.getString("id")
        + " ("
        + violation.getString("help")
        + "): "
        + String.join(
            " | ",
            violation
                .getJsonArray("nodes")
                .getValuesAs(j -> ((jakarta.json.JsonString) j).getString()));
  }

  private static String load() {
    try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
