package org.socialmission.metrics.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.Deployments;

/** Imports of earlier data through the API: all or nothing, dry runs, and idempotence. */
@ExtendWith(ArquillianExtension.class)
class ImportIT {

  private static final String STAFF = "staff@smm.example.org";
  private static final String SCHOOLS_HEADER = "code,name,discipline,ownership,region,enrollment\n";
  private static final String ANSWERS_HEADER = "school_code,cycle,question_id,value\n";

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  private JsonObject post(String path, String csv, int expectedStatus) {
    var response =
        new Api(base).post(path, STAFF, DemoData.STAFF_PASSWORD, csv, "Content-Type", "text/csv");
    assertEquals(expectedStatus, response.statusCode(), response.body());
    return Api.json(response);
  }

  private int schoolStatus(String code) {
    return new Api(base).get("api/schools/" + code, STAFF, DemoData.STAFF_PASSWORD).statusCode();
  }

  @Test
  void schoolsAreImportedOnceAndTheSecondImportChangesNothing() {
    String csv =
        "\uFEFF"
            + SCHOOLS_HEADER
            + "MED-0900,Harbor Point School of Medicine,medicine,public,south,420\n"
            + "NUR-0900,Prairie Wind College of Nursing,nursing,private,midwest,310\n";
    JsonObject first = post("api/import/schools", csv, 200);
    assertEquals(2, first.getInt("created"));
    assertEquals(200, schoolStatus("MED-0900"));
    JsonObject second = post("api/import/schools", csv, 200);
    assertEquals(0, second.getInt("created"));
    assertEquals(0, second.getInt("updated"));
    assertEquals(2, second.getInt("unchanged"));
  }

  @Test
  void aDryRunCountsButImportsNothing() {
    JsonObject dry =
        post(
            "api/import/schools?dryRun=true",
            SCHOOLS_HEADER + "DEN-0901,Canyon School of Dentistry,dentistry,public,west,200\n",
            200);
    assertTrue(dry.getBoolean("dryRun"));
    assertEquals(1, dry.getInt("created"));
    assertEquals(404, schoolStatus("DEN-0901"));
  }

  @Test
  void everyBadSchoolRowIsListedAndNothingIsImported() {
    String csv =
        SCHOOLS_HEADER
            + "MED-0902,Valid Row School of Medicine,medicine,public,south,100\n"
            + "VET-0001,Unknown Discipline School,veterinary,public,south,100\n"
            + "MED-12,Short Code School,medicine,public,south,100\n"
            + "MED-0903,Bad Ownership School,medicine,charter,south,100\n"
            + "MED-0904,Bad Region School,medicine,public,atlantis,100\n"
            + "MED-0905,Negative School,medicine,public,south,-5\n"
            + "MED-0906,,medicine,public,south,100\n"
            + "MED-0902,Duplicate Code School,medicine,public,south,100\n";
    JsonObject outcome = post("api/import/schools", csv, 400);
    List<Integer> lines =
        outcome.getJsonArray("errors").stream().map(e -> e.asJsonObject().getInt("line")).toList();
    assertTrue(lines.containsAll(List.of(3, 4, 5, 6, 7, 8, 9)), outcome.toString());
    assertTrue(
        outcome.getJsonArray("errors").stream()
            .anyMatch(e -> e.asJsonObject().getString("column").equals("region")),
        outcome.toString());
    assertEquals(404, schoolStatus("MED-0902"), "the valid row was not imported either");
  }

  @Test
  void answersBecomeASubmittedAssessmentOnceAndBadRowsAreListed() {
    String csv =
        ANSWERS_HEADER
            + "MED-0001,2020,mission.equity-statement,yes\n"
            + "MED-0001,2020,mission.leader-accountable,named\n"
            + "MED-0001,2020,mission.equity-research-share,12.5\n"
            + "MED-0001,2020,admissions.fee-waivers,NA\n";
    JsonObject first = post("api/import/answers", csv, 200);
    assertEquals(1, first.getInt("created"));
    JsonObject second = post("api/import/answers", csv, 200);
    assertEquals(0, second.getInt("created"));
    assertEquals(1, second.getInt("unchanged"));
    var assessment =
        Api.json(
            new Api(base)
                .get("api/schools/MED-0001/assessments/2020", STAFF, DemoData.STAFF_PASSWORD));
    assertEquals("SUBMITTED", assessment.getString("state"));
    assertEquals(4, assessment.getJsonArray("answers").size());

    String bad =
        ANSWERS_HEADER
            + "MED-9999,2020,mission.equity-statement,yes\n"
            + "MED-0001,2019,mission.no-such-question,yes\n"
            + "MED-0001,2019,mission.equity-statement,maybe\n"
            + "MED-0001,2019,mission.equity-statement,NA\n"
            + "MED-0001,20x9,mission.equity-statement,yes\n";
    JsonObject refused = post("api/import/answers", bad, 400);
    List<Integer> lines =
        refused.getJsonArray("errors").stream().map(e -> e.asJsonObject().getInt("line")).toList();
    assertTrue(lines.containsAll(List.of(2, 3, 4, 5, 6)), refused.toString());
    assertEquals(
        404,
        new Api(base)
            .get("api/schools/MED-0001/assessments/2019", STAFF, DemoData.STAFF_PASSWORD)
            .statusCode());
  }
}
