package org.socialmission.metrics.admin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Assessments;
import org.socialmission.metrics.testing.Browser;
import org.socialmission.metrics.testing.Submissions;
import org.socialmission.metrics.testing.TestSchool;

/** The audit log, one click from the staff navigation, records owners, submit and reopen. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailPageIT {

  @ArquillianResource private URL base;

  @Test
  void ownerAssignmentsSubmissionsAndReopeningsAreLogged() {
    var api = new Api(base);
    var school = TestSchool.create(api, "medicine");
    api.get(school.assessmentPath(Assessments.CYCLE), school.dean());
    try (Browser dean = Browser.signedIn(base, school.dean().email(), school.dean().password())) {
      dean.open("assessment/owners.xhtml");
      dean.choose(
          dean.driver().findElements(By.cssSelector(".owner-select")).get(0),
          school.member().name());
      assertTrue(
          dean.text("owners:messages").contains("Saved the owner"), dean.text("owners:messages"));
    }
    Submissions.submitEverything(api, school, Assessments.CYCLE, 1);
    Submissions.reopen(api, school, Assessments.CYCLE);
    try (Browser staff =
        Browser.signedIn(base, TestSchool.STAFF.email(), TestSchool.STAFF.password())) {
      staff.clickAndWaitForPage("navAudit");
      staff.type("filter:q", school.code());
      staff.clickAndWaitForPage("filter:apply");
      String events = staff.text("events");
      assertTrue(events.contains("assessment.owner"), events);
      assertTrue(events.contains(school.member().email()), events);
      assertTrue(events.contains("assessment.submit"), events);
      assertTrue(events.contains("assessment.reopen"), events);
      assertTrue(events.contains("A figure was wrong."), events);
    }
  }
}
