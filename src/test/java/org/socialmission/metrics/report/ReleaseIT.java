package org.socialmission.metrics.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Submissions;
import org.socialmission.metrics.testing.TestSchool;

/**
 * The temporal attack of issue 12, as an adversary would run it: a dean keeps a download, a peer
 * submits or reopens, the dean downloads again and subtracts. Peer figures come from releases, so
 * there is nothing to subtract until staff publish, and a release that would move a reported group
 * by k or fewer schools is refused or withholds that group.
 *
 * <p>The refusal is tested in a cycle of its own (2017, which no other test uses; parallel
 * publication in 2016), a past survey year whose submissions staff import: every school in it is
 * made by this test, so what a release would move is known exactly, whatever other tests do in the
 * current cycle. The current cycle's releases are left alone: other tests read them. (That closing
 * a cycle publishes a release is {@code CyclesPageIT}'s, which may close cycles.)
 */
@ExtendWith(ArquillianExtension.class)
class ReleaseIT {

  private static final int CYCLE = Year.now(ZoneOffset.UTC).getValue();
  private static final int OWN_CYCLE = 2017;
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  @ArquillianResource private URL base;

  @Test
  void aDeansDownloadsStayTheSameWhenAPeerSubmitsOrReopensUntilStaffPublish() {
    var api = new Api(base);
    var dean = TestSchool.create(api, "medicine");
    var peer = TestSchool.create(api, "medicine");
    String json = "api/schools/" + dean.code() + "/benchmarks/" + CYCLE + "?group=all";
    String xlsx = "api/schools/" + dean.code() + "/benchmarks/" + CYCLE + ".xlsx?group=all";
    var before = api.get(json, dean.dean());
    byte[] workbookBefore = api.download(xlsx, dean.dean()).body();
    assertEquals(200, before.statusCode(), before.body());
    JsonObject release = Api.json(before).getJsonObject("release");
    assertEquals(latestRelease(api, CYCLE).getInt("number"), release.getInt("number"));

    Submissions.submitEverything(api, peer, CYCLE, 1);
    assertEquals(before.body(), api.get(json, dean.dean()).body(), "a peer submitted");
    assertArrayEquals(workbookBefore, api.download(xlsx, dean.dean()).body(), "a peer submitted");

    Submissions.reopen(api, peer, CYCLE);
    assertEquals(before.body(), api.get(json, dean.dean()).body(), "a peer reopened");
    assertArrayEquals(workbookBefore, api.download(xlsx, dean.dean()).body(), "a peer reopened");
    assertTrue(before.body().contains("\"mean\":"), before.body());
    assertFalse(
        Pattern.compile("\\d\\.\\d{2,}").matcher(before.body()).find(),
        "every figure has one decimal at most: " + before.body());
  }

  @Test
  void aReleaseThatWouldMoveAGroupByKOrFewerSchoolsIsRefusedOrWithholdsIt() {
    var api = new Api(base);
    List<TestSchool> schools = submitted(api, 0, 6);
    var first = publish(api, false);
    assertEquals(201, first.statusCode(), first.body());
    assertEquals(6, Api.json(first).getJsonObject("counts").getInt("medicine"));
    TestSchool dean = schools.get(0);
    String path = "api/schools/" + dean.code() + "/benchmarks/" + OWN_CYCLE + "?group=all";
    var kept = api.get(path, dean.dean());
    assertEquals(5, group(kept, "All schools").getInt("n"), "the dean's five peers");

    submitted(api, 6, 1);
    assertEquals(kept.body(), api.get(path, dean.dean()).body(), "nothing moves until a release");
    var refused = publish(api, false);
    assertEquals(409, refused.statusCode(), refused.body());
    List<String> groups =
        Api.json(refused).getJsonArray("groups").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList();
    assertTrue(groups.containsAll(List.of("All schools", "Medicine schools")), groups.toString());
    assertTrue(Api.json(refused).getString("message").contains("5 or fewer"), refused.body());
    assertEquals(kept.body(), api.get(path, dean.dean()).body(), "a refused release moves nothing");

    var withholding = publish(api, true);
    assertEquals(201, withholding.statusCode(), withholding.body());
    assertTrue(
        Api.json(withholding).getJsonArray("withheld").toString().contains("All schools"),
        withholding.body());
    JsonObject all = group(api.get(path, dean.dean()), "All schools");
    assertFalse(all.getBoolean("reported"), all.toString());
    assertFalse(all.containsKey("n"), "no size of a withheld group");
    String reason = all.getString("reason");
    assertTrue(reason.contains("since an earlier release"), reason);
    Matcher numbers = NUMBER.matcher(reason);
    while (numbers.find()) {
      assertEquals("5", numbers.group(), "the note names k and no count: " + reason);
    }

    submitted(api, 7, 5);
    var third = publish(api, false);
    assertEquals(201, third.statusCode(), third.body());
    assertEquals(List.of(), Api.json(third).getJsonArray("withheld"));
    assertEquals(11, group(api.get(path, dean.dean()), "All schools").getInt("n"));

    JsonObject sized =
        group(
            api.get(path + "&ownership=private&size=1000-", dean.dean()),
            "All schools, private, 1,000 or more students");
    assertFalse(sized.getBoolean("reported"), "the same eleven schools: nothing left outside");
    assertTrue(sized.getString("reason").contains("outside this filter"), sized.toString());
  }

  @Test
  void twoStaffPublishingAtTheSameMomentTakeTurns() throws Exception {
    var api = new Api(base);
    int year = 2016;
    var recorded =
        api.post(
            "api/cycles", TestSchool.STAFF, "{\"year\":" + year + ",\"deadline\":\"2016-12-31\"}");
    assertEquals(201, recorded.statusCode(), recorded.body());
    assertEquals(
        "CLOSED", Api.json(recorded).getString("state"), "a past year: " + recorded.body());
    String path = "api/cycles/" + year + "/releases";
    var colleague = TestSchool.newStaff(api);
    var first = CompletableFuture.supplyAsync(() -> api.post(path, TestSchool.STAFF, ""));
    var second = CompletableFuture.supplyAsync(() -> api.post(path, colleague, ""));
    List<HttpResponse<String>> responses = List.of(first.get(), second.get());
    for (var response : responses) {
      assertEquals(201, response.statusCode(), response.body());
    }
    assertNotEquals(
        Api.json(responses.get(0)).getInt("number"),
        Api.json(responses.get(1)).getInt("number"),
        "each publication has a number of its own");
  }

  /**
   * Private medical schools in the West with 1,200 students whose submissions in the own cycle
   * staff import, one file for all of them; each answers a little differently.
   */
  private static List<TestSchool> submitted(Api api, int firstVariant, int count) {
    List<TestSchool> schools = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      var school = TestSchool.create(api, "medicine", "private", "west", 1200);
      Submissions.importEverything(api, school, OWN_CYCLE, firstVariant + i);
      schools.add(school);
    }
    return schools;
  }

  private static HttpResponse<String> publish(Api api, boolean withhold) {
    return api.post(
        "api/cycles/" + OWN_CYCLE + "/releases" + (withhold ? "?withhold=true" : ""),
        TestSchool.STAFF,
        "");
  }

  private static JsonObject latestRelease(Api api, int cycle) {
    var releases = api.get("api/cycles/" + cycle + "/releases", TestSchool.STAFF);
    assertEquals(200, releases.statusCode(), releases.body());
    return Api.jsonArray(releases).getJsonObject(0);
  }

  private static JsonObject group(HttpResponse<String> benchmark, String label) {
    assertEquals(200, benchmark.statusCode(), benchmark.body());
    return Api.json(benchmark).getJsonArray("groups").stream()
        .map(JsonValue::asJsonObject)
        .filter(g -> g.getString("label").equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no group " + label + " in " + benchmark.body()));
  }
}
