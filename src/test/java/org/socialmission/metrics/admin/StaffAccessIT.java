package org.socialmission.metrics.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.PageSession;

/** The authorization matrix of the staff features: staff get in, deans and team members get 403. */
@ExtendWith(ArquillianExtension.class)
class StaffAccessIT {

  private static final int CYCLE = Year.now(ZoneOffset.UTC).getValue();
  private static final List<String> PAGES =
      List.of(
          "staff/home.xhtml",
          "staff/cycles.xhtml",
          "staff/completion.xhtml",
          "staff/dashboard.xhtml",
          "staff/import.xhtml",
          "staff/releases.xhtml");
  private static final List<String> API =
      List.of(
          "api/completion/" + CYCLE,
          "api/completion/" + CYCLE + ".csv",
          "api/completion/" + CYCLE + ".xlsx",
          "api/research/" + CYCLE + ".csv",
          "api/research/" + CYCLE + ".xlsx",
          "api/cycles",
          "api/cycles/" + CYCLE + "/releases",
          "api/cycles/" + CYCLE + "/releases/policy");

  @ArquillianResource private URL base;

  @Test
  void staffOpenEveryStaffPageAndOthersGet403() {
    for (String page : PAGES) {
      assertEquals(
          200,
          signedIn("staff@smm.example.org", DemoData.STAFF_PASSWORD).get(page).statusCode(),
          page);
      assertEquals(
          403,
          signedIn("dean@med.example.edu", DemoData.DEAN_PASSWORD).get(page).statusCode(),
          page);
      assertEquals(
          403,
          signedIn("ana@med.example.edu", DemoData.TEAM_PASSWORD).get(page).statusCode(),
          page);
    }
  }

  @Test
  void staffApiRefusesDeansAndTeamMembers() {
    var api = new Api(base);
    for (String path : API) {
      assertEquals(
          200,
          api.download(path, "staff@smm.example.org", DemoData.STAFF_PASSWORD).statusCode(),
          path);
      assertEquals(
          403,
          api.download(path, "dean@nur.example.edu", DemoData.DEAN_PASSWORD).statusCode(),
          path);
      assertEquals(
          403,
          api.download(path, "eli@den.example.edu", DemoData.TEAM_PASSWORD).statusCode(),
          path);
    }
  }

  @Test
  void importsRefuseDeansAndTeamMembers() {
    var api = new Api(base);
    String csv = "code,name,discipline,ownership,region,enrollment\n";
    for (String path :
        List.of("api/import/schools?dryRun=true", "api/import/answers?dryRun=true")) {
      assertEquals(
          403,
          api.post(
                  path,
                  "dean@nur.example.edu",
                  DemoData.DEAN_PASSWORD,
                  csv,
                  "Content-Type",
                  "text/csv")
              .statusCode(),
          path);
      assertEquals(
          403,
          api.post(
                  path,
                  "eli@den.example.edu",
                  DemoData.TEAM_PASSWORD,
                  csv,
                  "Content-Type",
                  "text/csv")
              .statusCode(),
          path);
    }
  }

  private PageSession signedIn(String email, String password) {
    var session = new PageSession(base);
    session.signIn(email, password);
    return session;
  }
}
