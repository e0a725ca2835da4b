package org.socialmission.metrics.admin.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.socialmission.metrics.admin.DashboardCalculator.MeasureSummary;
import org.socialmission.metrics.platform.Jsons;
import org.socialmission.metrics.platform.Message;

/**
 * The Chart.js configurations of the staff dashboard, built with JSON-P so that any label is
 * escaped as JSON needs. Labels are messages of the bundle, resolved by {@code text}.
 */
final class DashboardCharts {

  private DashboardCharts() {}

  /** A bar per bin of 10 points of overall score, with the number of schools in it. */
  static String histogram(List<Integer> schoolsPerBin, Function<Message, String> text) {
    JsonArrayBuilder labels = Jsons.array();
    IntStream.range(0, schoolsPerBin.size()).forEach(i -> labels.add(i * 10 + "–" + (i * 10 + 10)));
    JsonArrayBuilder counts = Jsons.array();
    schoolsPerBin.forEach(n -> counts.add(n));
    JsonObjectBuilder options =
        Jsons.object()
            .add("plugins", Jsons.object().add("legend", Jsons.object().add("display", false)));
    return bar(
        labels,
        Jsons.array()
            .add(series(text.apply(Message.of("dashboard.chart.schools")), counts, "#0b6e4f")),
        options);
  }

  /** Three bars per modality: its 25th percentile, median and 75th percentile, on 0 to 100. */
  static String quantiles(List<MeasureSummary> modalities, Function<Message, String> text) {
    JsonArrayBuilder labels = Jsons.array();
    modalities.forEach(m -> labels.add(text.apply(Message.of("measure." + m.measure()))));
    JsonObjectBuilder options =
        Jsons.object()
            .add("scales", Jsons.object().add("y", Jsons.object().add("min", 0).add("max", 100)));
    return bar(
        labels,
        Jsons.array()
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
    return Jsons.object()
        .add("type", "bar")
        .add("data", Jsons.object().add("labels", labels).add("datasets", datasets))
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
    JsonArrayBuilder data = Jsons.array();
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
    return Jsons.object().add("label", label).add("data", data).add("backgroundColor", colour);
  }
}
