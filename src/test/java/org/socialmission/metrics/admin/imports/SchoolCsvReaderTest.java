package org.socialmission.metrics.admin.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialmission.metrics.school.Ownership;
import org.socialmission.metrics.school.Region;

/**
 * Staff upload a list of schools and see every mistake of the file at once, with its line and
 * column.
 */
class SchoolCsvReaderTest {

  private static final String HEADER = "code,name,discipline,ownership,region,enrollment\n";
  private static final SchoolCsvReader READER =
      new SchoolCsvReader(Map.of("medicine", "MED", "nursing", "NUR", "dentistry", "DEN"));

  static ImportResult<SchoolRow> read(String csv) throws IOException {
    return READER.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
  }

  static Problem onlyError(ImportResult<?> result) {
    assertFalse(result.isValid(), "the file should be refused");
    assertEquals(1, result.errors().size(), result.errors()::toString);
    assertEquals(List.of(), result.rows(), "nothing of a refused file is imported");
    return Problem.of(result.errors().get(0));
  }

  @Test
  void readsEveryRowOfAGoodFile() throws IOException {
    ImportResult<SchoolRow> result =
        read(
            HEADER
                + "MED-0001,Riverbend School of Medicine,medicine,public,midwest,640\n"
                + "NUR-0042,\"Hill College of Nursing, Main Campus\",Nursing,PRIVATE,West,0\n");
    assertTrue(result.isValid(), result.errors()::toString);
    assertEquals(
        List.of(
            new SchoolRow(
                2,
                "MED-0001",
                "Riverbend School of Medicine",
                "medicine",
                Ownership.PUBLIC,
                Region.MIDWEST,
                640),
            new SchoolRow(
                3,
                "NUR-0042",
                "Hill College of Nursing, Main Campus",
                "nursing",
                Ownership.PRIVATE,
                Region.WEST,
                0)),
        result.rows());
  }

  @Test
  void aNulCharacterIsRefusedWithItsLineBeforeAnythingIsStored() throws IOException {
    Problem error =
        onlyError(
            read(
                "code,name,discipline,ownership,region,enrollment\n"
                    + "MED-0001,Riverbend,medicine,public,south,1\n"
                    + "MED-0002,River\u0000bend,medicine,public,south,1\n"));
    assertEquals(3, error.line());
    assertTrue(error.message().contains("U+0000"), error.message());
  }

  @Test
  void readsAFileWithAByteOrderMarkAndWindowsLineEndings() throws IOException {
    ImportResult<SchoolRow> result =
        read(
            "\uFEFF"
                + HEADER.replace("\n", "\r\n")
                + "DEN-0007,Coastal School of Dentistry,dentistry,public,south,300\r\n");
    assertTrue(result.isValid(), result.errors()::toString);
    assertEquals("DEN-0007", result.rows().get(0).code());
  }

  @Test
  void acceptsColumnsInAnyOrderAndCase() throws IOException {
    ImportResult<SchoolRow> result =
        read(
            "Name, CODE ,region,ownership,enrollment,discipline\n"
                + "Riverbend,MED-0001,south,public,12,medicine\n");
    assertEquals("Riverbend", result.rows().get(0).name());
  }

  @ParameterizedTest(name = "{1}: {3}")
  @CsvSource(
      delimiter = ';',
      value = {
        "MED-0001,Riverbend,surgery,public,south,1; discipline; 2;"
            + " Unknown discipline \"surgery\". Write one of dentistry, medicine, nursing.",
        "MED-0001,Riverbend,,public,south,1; discipline; 2; Enter the discipline. Write one of"
            + " dentistry, medicine, nursing.",
        "MED-001,Riverbend,medicine,public,south,1; code; 2; Write the code as the medicine prefix"
            + " MED, a dash and at least four digits, such as MED-0001.",
        "NUR-0001,Riverbend,medicine,public,south,1; code; 2; Write the code as the medicine prefix"
            + " MED, a dash and at least four digits, such as MED-0001.",
        "MED-0001,'',medicine,public,south,1; name; 2; Enter the school's name.",
        "MED-0001,Riverbend,medicine,state,south,1; ownership; 2; Write one of public, private.",
        "MED-0001,Riverbend,medicine,public,southwest,1; region; 2; Write one of northeast,"
            + " midwest, south, west.",
        "MED-0001,Riverbend,medicine,public,south,-3; enrollment; 2;"
            + " Write the enrollment as a whole number of 0 or more, such as 640.",
        "MED-0001,Riverbend,medicine,public,south,12.5; enrollment; 2;"
            + " Write the enrollment as a whole number of 0 or more, such as 640.",
        "MED-0001,Riverbend,medicine,public,south; ''; 2; This row has 5 values, but the header has"
            + " 6 columns. Put quotation marks around values that contain a comma."
      })
  void explainsEachKindOfBadRow(String row, String column, int line, String message)
      throws IOException {
    assertEquals(
        new Problem(line, column, message),
        onlyError(read(HEADER + row.replace("''", "\"\"") + "\n")));
  }

  @Test
  void refusesTheSameCodeTwiceNamingTheFirstLine() throws IOException {
    Problem error =
        onlyError(
            read(
                HEADER
                    + "MED-0001,Riverbend,medicine,public,south,1\n"
                    + "MED-0002,Lakeside,medicine,public,south,1\n"
                    + "MED-0001,Hillside,medicine,private,west,1\n"));
    assertEquals(new Problem(4, "code", "The code MED-0001 is already on line 2."), error);
  }

  @Test
  void reportsEveryProblemOfEveryRowAtOnceWithPhysicalLines() throws IOException {
    ImportResult<SchoolRow> result =
        read(
            HEADER
                + "MED-0001,\"Riverbend School\nof Medicine\",medicine,public,south,1\n"
                + "\n"
                + "XYZ-1,,medicine,both,,many\n"
                + "NUR-0001,Hill,nursing,public,west,10\n"
                + "NUR-0002,Lake,nursing,pubic,west,10\n");
    assertEquals(
        List.of(
            new Problem(
                5,
                "code",
                "Write the code as the medicine prefix MED, a dash and at least four digits,"
                    + " such as MED-0001."),
            new Problem(5, "name", "Enter the school's name."),
            new Problem(5, "ownership", "Write one of public, private."),
            new Problem(5, "region", "Write one of northeast, midwest, south, west."),
            new Problem(
                5,
                "enrollment",
                "Write the enrollment as a whole number of 0 or more, such as 640."),
            new Problem(7, "ownership", "Write one of public, private.")),
        Problem.of(result.errors()));
    assertEquals(List.of(), result.rows());
  }

  @Test
  void namesEveryMissingAndUnknownColumnInOneMessage() throws IOException {
    Problem error =
        onlyError(
            read(
                "code,name,discipline,ownership,regoin,regoin,\n"
                    + "MED-0001,a,medicine,public,south,,\n"));
    assertEquals(
        new Problem(
            1,
            "",
            "The first line must name the columns code,name,discipline,ownership,region,enrollment"
                + " (in any order); this one has missing region, enrollment; unknown regoin;"
                + " repeated regoin; a column without a name."),
        error);
  }

  @Test
  void refusesAnEmptyFileAndAHeaderWithoutRows() throws IOException {
    assertEquals(
        new Problem(
            1,
            "",
            "The file is empty. Its first line must name the columns"
                + " code,name,discipline,ownership,region,enrollment."),
        onlyError(read("")));
    assertEquals(1, onlyError(read("\uFEFF\n\n")).line());
    assertEquals(
        new Problem(2, "", "The file has a header but no rows below it."), onlyError(read(HEADER)));
  }

  @Test
  void skipsRowsThatAreAllBlankAsSpreadsheetsWriteThem() throws IOException {
    ImportResult<SchoolRow> result =
        read(HEADER + "MED-0001,Riverbend,medicine,public,south,1\n,,,,,\n");
    assertEquals(1, result.rows().size());
  }

  @Test
  void refusesAFileThatIsNotUtf8WithTheLineOfTheFirstBadByte() throws IOException {
    byte[] latin1 =
        (HEADER + "MED-0001,Caf\u00e9 School,medicine,public,south,1\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(
        new Problem(
            2, "", "The file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again."),
        onlyError(READER.read(new ByteArrayInputStream(latin1))));
  }

  @Test
  void refusesAnUnclosedQuotationMark() throws IOException {
    Problem error =
        onlyError(
            read(
                HEADER
                    + "MED-0001,Riverbend,medicine,public,south,1\n"
                    + "MED-0002,\"Lakeside,medicine,public,south,1\n"));
    assertEquals(3, error.line());
    assertTrue(
        error.message().startsWith("A quotation mark on this line or below is never closed"),
        error.message());
  }
}
