package org.socialmission.metrics.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Assessments;
import org.socialmission.metrics.testing.TestSchool;

/** "Last activity" in the completion table is the last change, never a mere read. */
@ExtendWith(ArquillianExtension.class)
class CompletionActivityIT {

  @ArquillianResource private URL base;

  @Test
  void readingAnAssessmentIsNoActivity() {
    var api = new Api(base);
    var school = TestSchool.create(api, "medicine");
    String path = school.assessmentPath(Assessments.CYCLE);
    assertEquals(200, api.get(path, school.member()).statusCode(), "the first read creates it");
    assertNull(lastActivity(api, school), "opened, not worked on");

    Assessments.save(api, school, "mission.equity-statement", true);
    String changed = lastActivity(api, school);
    assertNotNull(changed);
    api.get(path, school.member());
    api.get(path + "/scores", school.dean());
    assertEquals(changed, lastActivity(api, school), "reads leave it where it was");
  }

  private static String lastActivity(Api api, TestSchool school) {
    JsonObject row =
        Api.jsonArray(api.get("api/completion/" + Assessments.CYCLE, TestSchool.STAFF)).stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> r.getString("code").equals(school.code()))
            .findFirst()
            .orElseThrow();
    return row.containsKey("lastActivity") && !row.isNull("lastActivity")
        ? row.get("lastActivity").toString()
        : null;
  }
}
