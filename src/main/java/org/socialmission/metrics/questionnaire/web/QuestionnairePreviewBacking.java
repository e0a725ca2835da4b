package org.socialmission.metrics.questionnaire.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.socialmission.metrics.platform.NotFoundException;
import org.socialmission.metrics.platform.web.FacesMessages;
import org.socialmission.metrics.questionnaire.Modality;
import org.socialmission.metrics.questionnaire.Question;
import org.socialmission.metrics.questionnaire.Questionnaire;
import org.socialmission.metrics.questionnaire.runtime.QuestionnaireLibrary;

/**
 * {@code /questionnaires/preview.xhtml?id=…&version=…&modality=…}: one modality of a questionnaire
 * with every question, its help and its scoring. Without a version, the latest; without a modality,
 * the first.
 */
@Named
@RequestScoped
public class QuestionnairePreviewBacking {

  @Inject private QuestionnaireLibrary library;

  private String id;
  private Integer version;
  private String modality;
  private Questionnaire questionnaire;
  private Modality selected;

  /** The view action. */
  public void load() {
    questionnaire =
        (version == null
                ? library.latest(String.valueOf(id))
                : library.find(String.valueOf(id), version))
            .orElseThrow(() -> new NotFoundException("questionnaire.notFound", id));
    selected =
        questionnaire.modalities().stream()
            .filter(m -> m.id().equals(modality))
            .findFirst()
            .orElse(questionnaire.modalities().get(0));
  }

  public List<Questionnaire> getAll() {
    return library.all();
  }

  public ScoringDescription scoring(Question question) {
    return ScoringDescription.of(question, FacesMessages.locale());
  }

  /** The title of a modality of a questionnaire version. */
  public String modalityTitle(String id, int version, String modalityId) {
    return library.find(id, version).map(q -> q.modality(modalityId).title()).orElse(modalityId);
  }

  /** The text of the question a condition refers to. */
  public String questionText(String questionId) {
    return questionnaire.question(questionId).map(Question::text).orElse(questionId);
  }

  public Questionnaire getQuestionnaire() {
    return questionnaire;
  }

  public Modality getSelected() {
    return selected;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }

  public String getModality() {
    return modality;
  }

  public void setModality(String modality) {
    this.modality = modality;
  }
}
