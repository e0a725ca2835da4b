package org.socialmission.metrics.admin.peers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Fictional place names ("Wrenmere", "Kestrelcombe") joined from unusual word parts, so that demo
 * schools do not carry the names of real ones; each place is handed out once per round.
 */
final class SchoolNames {

  private static final List<String> FIRST =
      List.of(
          "Amber", "Bramble", "Cinder", "Dusk", "Ember", "Fallow", "Gorse", "Heron", "Juniper",
          "Kestrel", "Larch", "Marrow", "Nettle", "Otter", "Pebble", "Quill", "Rook", "Sorrel",
          "Thistle", "Umber", "Vesper", "Wren", "Yarrow", "Zephyr");
  private static final List<String> SECOND =
      List.of(
          "moor", "combe", "hollow", "mere", "wick", "stead", "ford", "vale", "crest", "reach",
          "fell", "brae");

  private final List<String> places;
  private int next;

  SchoolNames(Random random) {
    List<String> all = new ArrayList<>();
    for (String first : FIRST) {
      for (String second : SECOND) {
        all.add(first + second);
      }
    }
    Collections.shuffle(all, random);
    this.places = all;
  }

  /**
   * The next unused place, e.g. {@code Otterbrae}; once all are used, they come round again with a
   * number ({@code Otterbrae 2}), for generated data sets larger than the demo's.
   */
  String nextPlace() {
    int round = next / places.size();
    String place = places.get(next++ % places.size());
    return round == 0 ? place : place + " " + (round + 1);
  }
}
