package org.socialmission.metrics.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.socialmission.metrics.benchmark.DisplayPrecision;
import org.socialmission.metrics.benchmark.Distribution;
import org.socialmission.metrics.benchmark.GroupKey;
import org.socialmission.metrics.benchmark.PeerAnonymizer;
import org.socialmission.metrics.benchmark.PeerGroupSpec;
import org.socialmission.metrics.benchmark.PeerIndex;
import org.socialmission.metrics.benchmark.SchoolEntry;
import org.socialmission.metrics.platform.Message;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.scoring.Crosswalk;
import org.socialmission.metrics.scoring.Framework;
import org.socialmission.metrics.scoring.Ratio;
import org.socialmission.metrics.scoring.ScoreCard;

/**
 * Builds a {@link FrameworkView}: the school's {@link Crosswalk} with, when peers are given, the
 * median of the peer group's part scores, under {@link PeerAnonymizer}'s rules (nothing for a
 * suppressed or withheld group, or a part fewer than k peers have a score in). Pure. Usage:
 *
 * <pre>{@code
 * FrameworkView view = FrameworkViews.of(questionnaire, card, Framework.THENET,
 *     Optional.of(new FrameworkViews.Peers(anonymizer, school, index, withheld, spec, partScores)),
 *     "");
 * }</pre>
 */
public final class FrameworkViews {

  private FrameworkViews() {}

  /**
   * The peers a view compares with.
   *
   * @param partScores each released school's part scores (0–100), by school code then part code
   */
  public record Peers(
      PeerAnonymizer anonymizer,
      SchoolEntry school,
      PeerIndex index,
      Set<GroupKey> withheld,
      PeerGroupSpec spec,
      Map<String, Map<String, BigDecimal>> partScores) {}

  /**
   * @param noPeersNote why there are no peer medians, used when {@code peers} is empty
   */
  public static FrameworkView of(
      Questionnaire questionnaire,
      ScoreCard card,
      Framework framework,
      Optional<Peers> peers,
      String noPeersNote) {
    String label = peers.map(p -> p.spec().label(p.school().discipline())).orElse("");
    List<FrameworkView.Row> rows =
        Crosswalk.of(questionnaire, card, framework).stream()
            .map(part -> row(framework, part, peers))
            .toList();
    Optional<String> note =
        peers.isEmpty()
            ? Optional.of(noPeersNote)
            : rows.stream().allMatch(r -> r.peerMedian().isEmpty())
                ? Optional.of(Message.of("frameworks.peersWithheld").english())
                : Optional.empty();
    return new FrameworkView(framework, label, rows, note);
  }

  /** The English title of a part, e.g. "How do we work?". */
  public static String title(Framework framework, String part) {
    return Message.of(titleKey(framework, part)).english();
  }

  /** The bundle key of a part's title, e.g. {@code framework.thenet.how-we-work}. */
  public static String titleKey(Framework framework, String part) {
    return String.join(".", "framework", framework.code(), part);
  }

  /** The part scores of a released school (0–100, undefined parts absent). */
  public static Map<String, BigDecimal> partScores(
      Questionnaire questionnaire, ScoreCard card, Framework framework) {
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    Crosswalk.of(questionnaire, card, framework)
        .forEach(
            p ->
                p.score()
                    .ifPresent(s -> scores.put(p.part(), s.toBigDecimal(MathContext.DECIMAL64))));
    return scores;
  }

  private static FrameworkView.Row row(
      Framework framework, Crosswalk.Part part, Optional<Peers> peers) {
    Optional<BigDecimal> median =
        peers
            .flatMap(
                p ->
                    p.anonymizer()
                        .distribution(
                            p.school(),
                            p.index(),
                            p.withheld(),
                            p.spec(),
                            framework.code() + "/" + part.part(),
                            s ->
                                Optional.ofNullable(
                                    p.partScores()
                                        .getOrDefault(s.code(), Map.of())
                                        .get(part.part()))))
            .map(Distribution::median);
    return new FrameworkView.Row(
        part.part(),
        title(framework, part.part()),
        part.points(),
        part.max(),
        part.score().map(Ratio::toDisplay).map(BigDecimal::new),
        median.map(DisplayPrecision::round));
  }
}
