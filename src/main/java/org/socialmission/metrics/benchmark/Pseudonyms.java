package org.socialmission.metrics.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Turns peers into pseudonymous rows. The peers are shuffled first and then sorted by overall score
 * (best first, undefined last), so ties never keep the order of entry; the pseudonym numbers are a
 * fresh random permutation, so a number tells neither identity, entry order nor rank. The index
 * knows each school's place by overall score and its rounded scores, so a request only shuffles and
 * sorts numbers.
 */
final class Pseudonyms {

  private Pseudonyms() {}

  static List<PeerRow> rows(PeerIndex.Peers peers, RandomGenerator random) {
    int[] shuffled = peers.positions();
    shuffle(shuffled, random);
    // Sorting (place, shuffled index) pairs is a stable sort of the shuffled peers by place.
    long[] ordered = new long[shuffled.length];
    for (int i = 0; i < shuffled.length; i++) {
      ordered[i] = ((long) peers.place(shuffled[i]) << 32) | i;
    }
    Arrays.sort(ordered);
    int[] numbers = new int[shuffled.length];
    Arrays.setAll(numbers, i -> i + 1);
    shuffle(numbers, random);
    int width = Math.max(3, String.valueOf(shuffled.length).length());
    List<PeerRow> rows = new ArrayList<>(shuffled.length);
    for (int i = 0; i < ordered.length; i++) {
      int position = shuffled[(int) ordered[i]];
      rows.add(new PeerRow(pseudonym(numbers[i], width), peers.roundedScores(position)));
    }
    return rows;
  }

  /** {@code Peer 007}: the number zero-padded to the width. */
  private static String pseudonym(int number, int width) {
    String digits = Integer.toString(number);
    return "Peer " + "0".repeat(Math.max(0, width - digits.length())) + digits;
  }

  /** Fisher–Yates, in place. */
  private static void shuffle(int[] items, RandomGenerator random) {
    for (int i = items.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = items[i];
      items[i] = items[j];
      items[j] = swap;
    }
  }
}
