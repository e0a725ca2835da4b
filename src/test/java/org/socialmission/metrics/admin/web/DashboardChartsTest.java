package org.socialmission.metrics.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.admin.DashboardCalculator.MeasureSummary;
import org.socialmission.metrics.platform.Message;

class DashboardChartsTest {

  private static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  @Test
  void labelsFromTheBundleAreEscapedAsJsonNeeds() {
    String label = "Schools \"with\" a \\ and a\nline";
    JsonObject chart = parse(DashboardCharts.histogram(List.of(1, 2, 3), m -> label));
    var data = chart.getJsonObject("data");
    assertEquals(label, data.getJsonArray("datasets").getJsonObject(0).getString("label"));
    assertEquals("0–10", data.getJsonArray("labels").getString(0));
    assertEquals(3, data.getJsonArray("datasets").getJsonObject(0).getJsonArray("data").getInt(2));
  }

  @Test
  void quantilesAreRoundedToOneDecimalAndMissingOnesAreGaps() {
    var mission =
        new MeasureSummary(
            "mission",
            5,
            new BigDecimal("12.34"),
            new BigDecimal("50"),
            null,
            BigDecimal.ONE,
            null,
            null);
    JsonObject chart = parse(DashboardCharts.quantiles(List.of(mission), Message::english));
    var data = chart.getJsonObject("data");
    assertEquals("School mission", data.getJsonArray("labels").getString(0));
    var datasets = data.getJsonArray("datasets");
    assertEquals("P25", datasets.getJsonObject(0).getString("label"));
    assertEquals(
        new BigDecimal("12.3"),
        datasets.getJsonObject(0).getJsonArray("data").getJsonNumber(0).bigDecimalValue());
    assertEquals("Median", datasets.getJsonObject(1).getString("label"));
    assertEquals(JsonValue.NULL, datasets.getJsonObject(2).getJsonArray("data").get(0));
  }
}
