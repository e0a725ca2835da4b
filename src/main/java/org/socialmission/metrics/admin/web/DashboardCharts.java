package org.socialmission.metrics.admin.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.socialmission.metrics.admin.DashboardCalculator.MeasureSummary;
import org.socialmission.metrics.platform.Message;

/**
 * The Chart.js configurations of the staff dashboard, built with JSON-P so that any label is
 * escaped as JSON needs. Labels are messages of the bundle, resolved by {@code text}.
 */
final class DashboardCharts {

  private DashboardCharts() {}

  /** A bar per bin of 10 points of overall score, with the number of schools in it. */
  static String histogram(List<Integer> schoolsPerBin, Function<Message, String> text) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    IntStream.range(0, schoolsPerBin.size()).forEach(i -> labels.add(i * 10 + "–" + (i * 10 + 10)));
    JsonArrayBuilder counts = Json.createArrayBuilder();
    schoolsPerBin.forEach(n -> counts.add(n));
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add("legend", Json.createObjectBuilder().add("display", false)));
    return bar(
        labels,
        Json.createArrayBuilder()
            .add(series(text.apply(Message.of("dashboard.chart.schools")), counts, "#0b6e4f")),
        options);
  }

  /** Three bars per modality: its 25th percentile, median and 75th percentile, on 0 to 100. */
  static String quantiles(List<MeasureSummary> modalities, Function<Message, String> text) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    modalities.forEach(m -> labels.add(text.apply(Message.of("measure." + m.measure()))));
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add(
                "scales",
                Json.createObjectBuilder()
                    .add("y", Json.createObjectBuilder().add("min", 0).add("max", 100)));
    return bar(
        labels,
        Json.createArrayBuilder()
            .add(
                quantile(
                    text.apply(Message.of("dashboard.p25")),
                    modalities,
                    MeasureSummary::p25,
                    "#9fd8c4"))
            .add(
                quantile(
                    text.apply(Message.of("dashboard.median")),
                    modalities,
                    MeasureSummary::median,
                    "#0b6e4f"))
            .add(
                quantile(
                    text.apply(Message.of("dashboard.p75")),
                    modalities,
                    MeasureSummary::p75,
                    "#5fb393")),
        options);
  }

  private static String bar(
      JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder options) {
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }

  /** One decimal, half up, as on the page; a gap where there is no value. */
  private static JsonObjectBuilder quantile(
      String label,
      List<MeasureSummary> modalities,
      Function<MeasureSummary, BigDecimal> value,
      String colour) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (MeasureSummary m : modalities) {
      BigDecimal v = value.apply(m);
      if (v == null) {
        data.addNull();
      } else {
        data.add(v.setScale(1, RoundingMode.HALF_UP));
      }
    }
    return series(label, data, colour);
  }

  private static JsonObjectBuilder series(String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour);
  }
}
