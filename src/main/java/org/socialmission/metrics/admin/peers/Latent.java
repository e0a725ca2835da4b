package org.socialmission.metrics.admin.peers;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.socialmission.metrics.questionnaire.Modality;
import org.socialmission.metrics.school.Ownership;

/**
 * The hidden traits a demo school's answers are drawn from: an overall strength, an effect per
 * modality (so modalities correlate within a school but not perfectly), a bonus for public schools,
 * and a shift for the cycle (earlier cycles a bit lower).
 */
record Latent(double strength, Map<String, Double> modalityEffects) {

  private static final double PUBLIC_BONUS = 0.45;
  private static final double MODALITY_SPREAD = 0.6;
  private static final double EARLIER_SHIFT = -0.4;

  static Latent draw(Random random, Ownership ownership) {
    double strength = random.nextGaussian() + (ownership == Ownership.PUBLIC ? PUBLIC_BONUS : 0);
    Map<String, Double> effects = new HashMap<>();
    for (String id : Modality.IDS) {
      effects.put(id, MODALITY_SPREAD * random.nextGaussian());
    }
    return new Latent(strength, Map.copyOf(effects));
  }

  /** The same school some cycles earlier: a little weaker on average, not uniformly. */
  Latent earlier(Random random) {
    return new Latent(strength + EARLIER_SHIFT + 0.2 * random.nextGaussian(), modalityEffects);
  }

  /** The chance (0–1) that the school does well on one question of a modality. */
  double propensity(String modalityId, Random random) {
    double z = strength + modalityEffects.get(modalityId) + 0.8 * random.nextGaussian();
    return 1 / (1 + Math.exp(-z));
  }
}
