package org.socialmission.metrics.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.PageSession;
import org.socialmission.metrics.testing.TestSchool;

/**
 * A user with the wizard open in several tabs: the server keeps the five most recent pages of a
 * session, so a save from any of them is kept, and a save from an older one is refused with the
 * "page expired" answer instead of being lost without a word.
 */
@ExtendWith(ArquillianExtension.class)
class WizardTabsIT {

  private static final int CYCLE = Year.now(ZoneOffset.UTC).getValue();
  private static final Pattern YES_NO =
      Pattern.compile(
          "<li id=\"([^\"]+)\" class=\"wizard-question\"><div id=\"([^\"]+):answer\""
              + "(?:(?!</li>).)*?id=\"\\2:yesno\"",
          Pattern.DOTALL);

  @ArquillianResource private URL base;

  @Test
  void savesFromEachOfFiveOpenTabsAreKept() {
    var api = new Api(base);
    TestSchool school = TestSchool.create(api, "medicine");
    PageSession session = signedIn(school);
    List<HttpResponse<String>> tabs = new ArrayList<>();
    List<String[]> questions = new ArrayList<>();
    for (String step : List.of("mission", "pipeline", "admissions", "curriculum", "clinical")) {
      HttpResponse<String> tab = session.get("assessment/wizard.xhtml?step=" + step);
      tabs.add(tab);
      questions.add(yesNoQuestions(tab).get(0));
    }
    for (int i = 0; i < 5; i++) {
      var saved = answerYes(session, tabs.get(i), questions.get(i)[1]);
      assertTrue(saved.body().contains("<update"), "tab " + (i + 1) + ": " + saved.body());
      assertFalse(saved.body().contains("<redirect"), saved.body());
    }
    JsonObject assessment = Api.json(api.get(school.assessmentPath(CYCLE), school.dean()));
    for (int i = 0; i < 5; i++) {
      assertEquals(JsonValue.TRUE, answer(assessment, questions.get(i)[0]));
    }
  }

  @Test
  void aSaveFromAPageOlderThanTheFiveLatestIsRefusedAsExpiredAndChangesNothing() {
    var api = new Api(base);
    TestSchool school = TestSchool.create(api, "medicine");
    PageSession session = signedIn(school);
    HttpResponse<String> oldest = session.get("assessment/wizard.xhtml?step=mission");
    for (int i = 0; i < 5; i++) {
      assertEquals(200, session.get("assessment/wizard.xhtml?step=pipeline").statusCode());
    }
    String[] question = yesNoQuestions(oldest).get(0);
    var refused = answerYes(session, oldest, question[1]);
    assertTrue(refused.body().contains("<redirect"), refused.body());
    assertTrue(refused.body().contains("expired"), refused.body());
    JsonObject assessment = Api.json(api.get(school.assessmentPath(CYCLE), school.dean()));
    assertEquals(JsonValue.NULL, answer(assessment, question[0]));
  }

  private PageSession signedIn(TestSchool school) {
    PageSession session = new PageSession(base);
    assertEquals(302, session.signIn(school.dean().email(), school.dean().password()).statusCode());
    return session;
  }

  /** The question id and the client id prefix of each yes/no question of a wizard page. */
  private static List<String[]> yesNoQuestions(HttpResponse<String> page) {
    assertEquals(200, page.statusCode(), page.body());
    List<String[]> found = new ArrayList<>();
    Matcher matcher = YES_NO.matcher(page.body());
    while (matcher.find()) {
      found.add(new String[] {matcher.group(1), matcher.group(2)});
    }
    return found;
  }

  /** Answers "yes" by ajax from a page, as PrimeFaces' script does when the radio is clicked. */
  private static HttpResponse<String> answerYes(
      PageSession session, HttpResponse<String> page, String prefix) {
    String source = prefix + ":yesno";
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", source);
    fields.put("jakarta.faces.partial.execute", source);
    fields.put("jakarta.faces.partial.render", prefix + ":answer wizard:progress");
    fields.put("jakarta.faces.behavior.event", "valueChange");
    fields.put("jakarta.faces.partial.event", "change");
    fields.put("wizard", "wizard");
    fields.put(source, "yes");
    var response = session.postAjax("assessment/wizard.xhtml", page, fields);
    assertEquals(200, response.statusCode(), response.body());
    return response;
  }

  /** The value of an answer in the API's assessment, JSON null when unanswered. */
  private static JsonValue answer(JsonObject assessment, String question) {
    return assessment.getJsonArray("answers").stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getString("question").equals(question))
        .findFirst()
        .map(a -> a.get("value"))
        .orElse(JsonValue.NULL);
  }
}
