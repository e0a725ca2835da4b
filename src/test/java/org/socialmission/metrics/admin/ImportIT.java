package org.socialmission.metrics.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.TestSchool;

/** Imports of earlier data through the API: all or nothing, dry runs, and idempotence. */
@ExtendWith(ArquillianExtension.class)
class ImportIT {

  private static final String SCHOOLS_HEADER = "code,name,discipline,ownership,region,enrollment\n";
  private static final String ANSWERS_HEADER = "school_code,cycle,question_id,value\n";

  @ArquillianResource private URL base;

  private JsonObject post(String path, String csv, int expectedStatus) {
    var response = new Api(base).postCsv(path, TestSchool.STAFF, csv);
    assertEquals(expectedStatus, response.statusCode(), response.body());
    return Api.json(response);
  }

  private int schoolStatus(String code) {
    return new Api(base).get("api/schools/" + code, TestSchool.STAFF).statusCode();
  }

  @Test
  void schoolsAreImportedOnceAndTheSecondImportChangesNothing() {
    String medicine = TestSchool.uniqueCode("medicine");
    String csv =
        "\uFEFF"
            + SCHOOLS_HEADER
            + medicine
            + ",Harbor Point School of Medicine,medicine,public,south,420\n"
            + TestSchool.uniqueCode("nursing")
            + ",Prairie Wind College of Nursing,nursing,private,midwest,310\n";
    JsonObject first = post("api/import/schools", csv, 200);
    assertEquals(2, first.getInt("created"));
    assertEquals(200, schoolStatus(medicine));
    JsonObject second = post("api/import/schools", csv, 200);
    assertEquals(0, second.getInt("created"));
    assertEquals(0, second.getInt("updated"));
    assertEquals(2, second.getInt("unchanged"));
  }

  @Test
  void aDryRunCountsButImportsNothing() {
    String dentistry = TestSchool.uniqueCode("dentistry");
    JsonObject dry =
        post(
            "api/import/schools?dryRun=true",
            SCHOOLS_HEADER + dentistry + ",Canyon School of Dentistry,dentistry,public,west,200\n",
            200);
    assertTrue(dry.getBoolean("dryRun"));
    assertEquals(1, dry.getInt("created"));
    assertEquals(404, schoolStatus(dentistry));
  }

  @Test
  void aSchoolNameNoDatabaseCanStoreIsRefusedWithItsLine() {
    String code = TestSchool.uniqueCode("medicine");
    JsonObject outcome =
        post(
            "api/import/schools",
            SCHOOLS_HEADER
                + code
                + ",Null\u0000Byte School of Medicine,medicine,public,south,100\n",
            400);
    JsonObject error = outcome.getJsonArray("errors").getJsonObject(0);
    assertEquals(2, error.getInt("line"), outcome.toString());
    assertTrue(error.getString("message").contains("U+0000"), outcome.toString());
    assertEquals(404, schoolStatus(code), "nothing imported");
  }

  @Test
  void everyBadSchoolRowIsListedAndNothingIsImported() {
    String valid = TestSchool.uniqueCode("medicine");
    String csv =
        SCHOOLS_HEADER
            + valid
            + ",Valid Row School of Medicine,medicine,public,south,100\n"
            + "VET-0001,Unknown Discipline School,veterinary,public,south,100\n"
            + "MED-12,Short Code School,medicine,public,south,100\n"
            + "MED-0903,Bad Ownership School,medicine,charter,south,100\n"
            + "MED-0904,Bad Region School,medicine,public,atlantis,100\n"
            + "MED-0905,Negative School,medicine,public,south,-5\n"
            + "MED-0906,,medicine,public,south,100\n"
            + valid
            + ",Duplicate Code School,medicine,public,south,100\n";
    JsonObject outcome = post("api/import/schools", csv, 400);
    List<Integer> lines =
        outcome.getJsonArray("errors").stream().map(e -> e.asJsonObject().getInt("line")).toList();
    assertTrue(lines.containsAll(List.of(3, 4, 5, 6, 7, 8, 9)), outcome.toString());
    assertTrue(
        outcome.getJsonArray("errors").stream()
            .anyMatch(e -> e.asJsonObject().getString("column").equals("region")),
        outcome.toString());
    assertEquals(404, schoolStatus(valid), "the valid row was not imported either");
  }

  @Test
  void answersBecomeASubmittedAssessmentOnceAndBadRowsAreListed() {
    String code = TestSchool.create(new Api(base), "medicine").code();
    String csv =
        ANSWERS_HEADER
            + code
            + ",2020,mission.equity-statement,yes\n"
            + code
            + ",2020,mission.leader-accountable,named\n"
            + code
            + ",2020,mission.equity-research-share,12.5\n"
            + code
            + ",2020,admissions.fee-waivers,NA\n";
    JsonObject first = post("api/import/answers", csv, 200);
    assertEquals(1, first.getInt("created"));
    JsonObject second = post("api/import/answers", csv, 200);
    assertEquals(0, second.getInt("created"));
    assertEquals(1, second.getInt("unchanged"));
    var assessment =
        Api.json(new Api(base).get("api/schools/" + code + "/assessments/2020", TestSchool.STAFF));
    assertEquals("SUBMITTED", assessment.getString("state"));
    assertEquals(4, assessment.getJsonArray("answers").size());

    String bad =
        ANSWERS_HEADER
            + "MED-9999,2020,mission.equity-statement,yes\n"
            + code
            + ",2019,mission.no-such-question,yes\n"
            + code
            + ",2019,mission.equity-statement,maybe\n"
            + code
            + ",2019,mission.equity-statement,NA\n"
            + code
            + ",20x9,mission.equity-statement,yes\n";
    JsonObject refused = post("api/import/answers", bad, 400);
    List<Integer> lines =
        refused.getJsonArray("errors").stream().map(e -> e.asJsonObject().getInt("line")).toList();
    assertTrue(lines.containsAll(List.of(2, 3, 4, 5, 6)), refused.toString());
    assertEquals(
        404,
        new Api(base)
            .get("api/schools/" + code + "/assessments/2019", TestSchool.STAFF)
            .statusCode());
  }
}
