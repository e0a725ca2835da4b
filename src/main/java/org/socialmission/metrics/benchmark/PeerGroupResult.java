package org.socialmission.metrics.benchmark;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one peer group for one school: {@link Reported} with figures, or {@link
 * Suppressed} with the reason and no figures at all (not even the group's size).
 */
public sealed interface PeerGroupResult {

  /** The spec of the group. */
  PeerGroupSpec spec();

  /** The label shown in reports, e.g. "Medicine schools, public". */
  String label();

  /**
   * A group large enough to report.
   *
   * @param n the number of peers in the group (the school itself excluded)
   * @param measures overall and each modality, in {@link Scores#MEASURES} order
   * @param rows pseudonymous peers, best overall first; empty for filtered groups
   */
  record Reported(
      PeerGroupSpec spec, String label, int n, List<MeasureResult> measures, List<PeerRow> rows)
      implements PeerGroupResult {

    /** Freezes the lists; filtered groups never carry rows. */
    public Reported {
      Objects.requireNonNull(label, "label");
      measures = List.copyOf(measures);
      rows = List.copyOf(rows);
      if (spec.isFiltered() && !rows.isEmpty()) {
        throw new IllegalArgumentException("a filtered group has no per-peer rows");
      }
    }
  }

  /** A group withheld by the anonymity rules, with a sentence saying why. */
  record Suppressed(PeerGroupSpec spec, String label, String reason) implements PeerGroupResult {

    /** Requires every part. */
    public Suppressed {
      Objects.requireNonNull(spec, "spec");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
