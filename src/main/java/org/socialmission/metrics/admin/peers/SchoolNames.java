package org.socialmission.metrics.admin.peers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Fictional place names ("Wrenmere", "Kestrelcombe") joined from unusual word parts, so that demo
 * schools do not carry the names of real ones; each place is handed out once.
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

  /** The next unused place, e.g. {@code Otterbrae}. */
  String nextPlace() {
    if (next == places.size()) {
      throw new IllegalStateException("out of fictional place names");
    }
    return places.get(next++);
  }
}
