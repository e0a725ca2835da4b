package org.socialmission.metrics.benchmark;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * Turns peers into pseudonymous rows. The peers are shuffled first and then sorted by overall score
 * (best first, undefined last), so ties never keep the order of entry; the pseudonym numbers are a
 * fresh random permutation, so a number tells neither identity, entry order nor rank.
 */
final class Pseudonyms {

  private static final Comparator<SchoolEntry> BEST_OVERALL_FIRST =
      Comparator.comparing(
          (SchoolEntry s) -> s.scores().of(Scores.OVERALL).orElse(null),
          Comparator.nullsLast(Comparator.reverseOrder()));

  private Pseudonyms() {}

  static List<PeerRow> rows(List<SchoolEntry> peers, RandomGenerator random) {
    List<SchoolEntry> ordered = shuffled(peers, random);
    ordered.sort(BEST_OVERALL_FIRST);
    List<Integer> numbers =
        shuffled(IntStream.rangeClosed(1, peers.size()).boxed().toList(), random);
    String format = "Peer %0" + Math.max(3, String.valueOf(peers.size()).length()) + "d";
    List<PeerRow> rows = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      rows.add(
          new PeerRow(String.format(format, numbers.get(i)), rounded(ordered.get(i).scores())));
    }
    return rows;
  }

  private static Map<String, Integer> rounded(Scores scores) {
    Map<String, Integer> rounded = new LinkedHashMap<>();
    scores
        .byMeasure()
        .forEach((id, v) -> rounded.put(id, v.setScale(0, RoundingMode.HALF_UP).intValueExact()));
    return rounded;
  }

  /** A Fisher–Yates shuffled copy. */
  static <T> List<T> shuffled(List<T> items, RandomGenerator random) {
    List<T> copy = new ArrayList<>(items);
    for (int i = copy.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swap = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, swap);
    }
    return copy;
  }
}
