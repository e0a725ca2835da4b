package org.socialmission.metrics.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.platform.ApiRequestGuard;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Assessments;
import org.socialmission.metrics.testing.TestSchool;

/**
 * An API that fails fast and cleanly, tried with what an adversary sends: every error is the API's
 * JSON ({@code {"status": …, "message": …}}) with the right status, never an HTML page or a 500;
 * oversized, overdeep, overlong and unstorable inputs are refused before they cost anything.
 */
@ExtendWith(ArquillianExtension.class)
class ApiErrorsIT {

  @ArquillianResource private URL base;

  @Test
  void whatJaxRsRefusesItselfIsJsonToo() {
    var api = new Api(base);
    assertError(404, api.get("api/no-such-thing", TestSchool.STAFF));
    assertError(404, api.get("api/completion/not-a-year", TestSchool.STAFF));
    var deleteMe = api.send(api.request("api/me", TestSchool.STAFF).DELETE().build());
    assertError(405, deleteMe);
    assertTrue(deleteMe.headers().firstValue("Allow").isPresent(), "says what is allowed");
    var xml =
        api.send(
            api.request("api/accounts", TestSchool.STAFF)
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<account/>"))
                .build());
    assertError(415, xml);
    var unauthenticated = api.get("api/me", null, null);
    assertError(401, unauthenticated);
    assertTrue(unauthenticated.headers().firstValue("WWW-Authenticate").isPresent());
  }

  @Test
  void badQueryParametersAreA400NamingTheParameter() {
    var api = new Api(base);
    var ownership = api.get("api/schools?ownership=bogus", TestSchool.STAFF);
    assertError(400, ownership);
    assertTrue(message(ownership).contains("ownership"), ownership.body());
    assertTrue(message(ownership).contains("public"), "lists what is allowed");
    var limit = api.get("api/schools?limit=abc", TestSchool.STAFF);
    assertError(400, limit);
    assertTrue(message(limit).contains("limit"), limit.body());
    var nul = api.get("api/schools?q=a%00b", TestSchool.STAFF);
    assertError(400, nul);
    assertTrue(message(nul).startsWith("q cannot be stored"), nul.body());
    assertEquals(
        400,
        api.get("api/schools/%00", TestSchool.STAFF).statusCode(),
        "the server itself refuses a NUL in the path, before the application (no body)");
  }

  @Test
  void malformedOverdeepAndWronglyShapedJsonIsA400() {
    var api = new Api(base);
    var school = TestSchool.create(api, "medicine");
    assertError(400, api.post("api/accounts", school.dean(), "{\"email\":"));
    var deep = api.post("api/accounts", school.dean(), "[".repeat(5000) + "]".repeat(5000));
    assertError(400, deep);
    assertTrue(message(deep).contains("nested"), deep.body());
    assertError(400, api.post("api/accounts", school.dean(), "[1, 2]"));
  }

  @Test
  void hugeNumbersAreRefusedWithinMillisecondsAndNothingIsStored() {
    var api = new Api(base);
    var school = TestSchool.create(api, "medicine");
    String etag = etag(api, school);
    for (String number :
        new String[] {"1e50000000", "1e10001", "1e9999", "9".repeat(5000), "1000000000000"}) {
      long start = System.nanoTime();
      var saved =
          save(
              api,
              school,
              etag,
              "[{\"question\": \"debt.median-debt\", \"value\": " + number + "}]");
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertError(400, saved);
      assertTrue(
          millis < 2_000,
          number.substring(0, Math.min(12, number.length())) + ": " + millis + " ms");
    }
    var outOfRange =
        save(api, school, etag, "[{\"question\": \"debt.median-debt\", \"value\": 3e6}]");
    assertError(400, outOfRange);
    assertTrue(outOfRange.body().contains("from 0 to 2000000 USD"), "a maximum, said plainly");
    assertEquals(
        200,
        save(api, school, etag, "[{\"question\": \"debt.median-debt\", \"value\": 1.5e5}]")
            .statusCode());
  }

  @Test
  void oversizedBodiesAreA413WithOrWithoutALength() {
    var api = new Api(base);
    var school = TestSchool.create(api, "nursing");
    String big =
        "[" + "{\"question\": \"mission.evidence\", \"value\": \"x\"},".repeat(30_000) + "1]";
    assertTrue(big.length() > 1024 * 1024);
    assertError(413, save(api, school, etag(api, school), big));
    var chunked =
        api.send(
            api.request(school.assessmentPath(Assessments.CYCLE) + "/answers", school.dean())
                .header("Content-Type", "application/json")
                .header("If-Match", etag(api, school))
                .PUT(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build());
    assertError(413, chunked);
    // An import file one byte over the limit (256 MB, made as it is sent): refused, nothing read.
    long over = ApiRequestGuard.IMPORT_LIMIT + 1;
    byte[] row = "MED-999999,Big,medicine,public,south,1\n".getBytes(StandardCharsets.US_ASCII);
    var huge =
        api.send(
            api.request("api/import/schools?dryRun=true", TestSchool.STAFF)
                .header("Content-Type", "text/csv")
                .POST(
                    HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> repeated(row, over)), over))
                .build());
    assertError(413, huge);
  }

  @Test
  void unstorableTextIsA400NamingTheFieldOrLine() {
    var api = new Api(base);
    var school = TestSchool.create(api, "dentistry");
    String etag = etag(api, school);
    var nul =
        save(api, school, etag, "[{\"question\": \"mission.evidence\", \"value\": \"a\\u0000b\"}]");
    assertError(400, nul);
    assertTrue(
        nul.body().contains("[0].value") || nul.body().contains("mission.evidence"), nul.body());
    var lone =
        save(api, school, etag, "[{\"question\": \"mission.evidence\", \"value\": \"a\\ud800\"}]");
    assertError(400, lone);
    byte[] latin1 =
        "[{\"question\": \"mission.evidence\", \"value\": \"Zo\u00eb\"}]"
            .getBytes(StandardCharsets.ISO_8859_1);
    var notUtf8 =
        api.send(
            api.request(school.assessmentPath(Assessments.CYCLE) + "/answers", school.dean())
                .header("Content-Type", "application/json")
                .header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(latin1))
                .build());
    assertError(400, notUtf8);
    assertTrue(message(notUtf8).contains("UTF-8"), notUtf8.body());
    assertEquals(etag, etag(api, school), "nothing was saved");

    var csv =
        api.postCsv(
            "api/import/schools?dryRun=true",
            TestSchool.STAFF,
            "code,name,discipline,ownership,region,enrollment\n"
                + "MED-999998,A\u0000B,medicine,public,south,1\n");
    assertEquals(400, csv.statusCode(), csv.body());
    assertEquals(2, Api.json(csv).getJsonArray("errors").getJsonObject(0).getInt("line"));
  }

  @Test
  void searchTakesPercentAndUnderscoreLiterally() {
    var api = new Api(base);
    for (String wildcard : new String[] {"%25", "_", "%25%25", "__"}) {
      JsonObject page = Api.json(api.get("api/schools?limit=1&q=" + wildcard, TestSchool.STAFF));
      assertEquals(0, page.getInt("total"), wildcard + " is no wildcard");
    }
    assertTrue(
        Api.json(api.get("api/schools?limit=1&q=MED-0", TestSchool.STAFF)).getInt("total") > 0);
  }

  @Test
  void ifMatchStarSavesWhateverTheCurrentVersion() {
    var api = new Api(base);
    var school = TestSchool.create(api, "medicine");
    etag(api, school);
    var saved =
        save(
            api, school, "*", "[{\"question\": \"mission.evidence\", \"value\": \"Any version\"}]");
    assertEquals(200, saved.statusCode(), saved.body());
    var weak =
        save(
            api,
            school,
            "W/" + etag(api, school),
            "[{\"question\": \"mission.evidence\", \"value\": \"weak\"}]");
    assertEquals(412, weak.statusCode(), "a weak tag never matches: " + weak.body());
    var listed =
        save(
            api,
            school,
            "\"0-0\", " + etag(api, school),
            "[{\"question\": \"mission.evidence\", \"value\": \"listed\"}]");
    assertEquals(200, listed.statusCode(), listed.body());
  }

  private static HttpResponse<String> save(
      Api api, TestSchool school, String ifMatch, String json) {
    return api.send(
        api.request(school.assessmentPath(Assessments.CYCLE) + "/answers", school.dean())
            .header("Content-Type", "application/json")
            .header("If-Match", ifMatch)
            .timeout(Duration.ofSeconds(20))
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private static String etag(Api api, TestSchool school) {
    return api.get(school.assessmentPath(Assessments.CYCLE), school.dean())
        .headers()
        .firstValue("ETag")
        .orElseThrow();
  }

  private static String message(HttpResponse<String> response) {
    return Api.json(response).getString("message");
  }

  /** The API's error: this status, as JSON, with the status repeated and a message. */
  private static void assertError(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        status + " as " + response.headers().firstValue("Content-Type") + ": " + response.body());
    JsonObject error = Api.json(response);
    assertEquals(status, error.getInt("status"));
    assertTrue(error.getString("message").length() > 10, response.body());
  }

  /** {@code length} bytes of {@code unit} over and over, made as they are read. */
  private static InputStream repeated(byte[] unit, long length) {
    return new InputStream() {
      private long position;

      @Override
      public int read() {
        return position < length ? unit[(int) (position++ % unit.length)] : -1;
      }

      @Override
      public int read(byte[] buffer, int offset, int count) {
        if (position >= length) {
          return -1;
        }
        int n = (int) Math.min(count, length - position);
        for (int i = 0; i < n; i++) {
          buffer[offset + i] = unit[(int) (position++ % unit.length)];
        }
        return n;
      }
    };
  }
}
