package org.socialmission.metrics.questionnaire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a questionnaire's guidance files say beside its questions: public resources per modality and
 * per question, and the score bands of developmental phases (per questionnaire, optionally per
 * modality). Guidance advises and never scores, so it lives in files of its own under {@code
 * questionnaires/guidance/} that are not part of a version's checksum (see {@code
 * questionnaires/README.md}). Usage:
 *
 * <pre>{@code
 * Guidance guidance = catalog.guidance(questionnaire.key());
 * guidance.phases("debt").map(scale -> scale.phaseOf(score));
 * guidance.question("debt.median-debt");   // resources for that question, maybe none
 * }</pre>
 *
 * @param phases the phase bands of every modality that has none of its own
 * @param modalityPhases phase bands of single modalities, by modality id
 * @param modalityResources resources by modality id
 * @param questionResources resources by question id
 */
public record Guidance(
    Optional<PhaseScale> phases,
    Map<String, PhaseScale> modalityPhases,
    Map<String, List<Resource>> modalityResources,
    Map<String, List<Resource>> questionResources) {

  /** No guidance: no phases, no resources. */
  public static final Guidance NONE = new Guidance(Optional.empty(), Map.of(), Map.of(), Map.of());

  /** Freezes the maps and lists. */
  public Guidance {
    modalityPhases = Map.copyOf(modalityPhases);
    modalityResources = frozen(modalityResources);
    questionResources = frozen(questionResources);
  }

  /** The phase bands of a modality: its own, else the questionnaire's, if any. */
  public Optional<PhaseScale> phases(String modalityId) {
    return Optional.ofNullable(modalityPhases.get(modalityId)).or(() -> phases);
  }

  /** The resources named for a modality, in file order; empty when none. */
  public List<Resource> modality(String modalityId) {
    return modalityResources.getOrDefault(modalityId, List.of());
  }

  /** The resources named for a question, in file order; empty when none. */
  public List<Resource> question(String questionId) {
    return questionResources.getOrDefault(questionId, List.of());
  }

  /** Every resource of this guidance, modalities first; for checks and tests. */
  public List<Resource> all() {
    List<Resource> all = new ArrayList<>();
    modalityResources.values().forEach(all::addAll);
    questionResources.values().forEach(all::addAll);
    return all;
  }

  /**
   * This guidance followed by {@code more} (the guidance of an including questionnaire after that
   * of its part): phases of {@code more} take precedence, resources are appended.
   */
  Guidance then(Guidance more) {
    Map<String, PhaseScale> modalityScales = new HashMap<>(modalityPhases);
    modalityScales.putAll(more.modalityPhases);
    return new Guidance(
        more.phases.or(() -> phases),
        modalityScales,
        appended(modalityResources, more.modalityResources),
        appended(questionResources, more.questionResources));
  }

  private static Map<String, List<Resource>> appended(
      Map<String, List<Resource>> first, Map<String, List<Resource>> second) {
    Map<String, List<Resource>> all = new LinkedHashMap<>();
    first.forEach((id, list) -> all.put(id, new ArrayList<>(list)));
    second.forEach((id, list) -> all.computeIfAbsent(id, k -> new ArrayList<>()).addAll(list));
    return all;
  }

  private static Map<String, List<Resource>> frozen(Map<String, List<Resource>> resources) {
    Map<String, List<Resource>> frozen = new LinkedHashMap<>();
    resources.forEach((id, list) -> frozen.put(id, List.copyOf(list)));
    return Collections.unmodifiableMap(frozen);
  }
}
