package org.socialmission.metrics.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialmission.metrics.account.AccountService;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.account.TeamMember;
import org.socialmission.metrics.assessment.AssessmentQueries;
import org.socialmission.metrics.assessment.AssessmentService;
import org.socialmission.metrics.assessment.AssessmentSnapshot;
import org.socialmission.metrics.assessment.CycleService;
import org.socialmission.metrics.platform.web.FacesMessages;
import org.socialmission.metrics.questionnaire.Modality;

/** The dean assigns each modality to a member of the team; each change is saved at once. */
@Named
@ViewScoped
public class OwnersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private AssessmentService service;
  @Inject private AssessmentQueries queries;
  @Inject private AccountService accounts;
  @Inject private CycleService cycles;

  private AssessmentSnapshot snapshot;
  private List<TeamMember> team;
  private final Map<String, String> owners = new HashMap<>();

  /** The view action. */
  public void load() {
    var user = currentUser.require();
    snapshot = service.open(user, user.schoolCode(), cycles.current());
    team = accounts.team(user.schoolCode());
    snapshot.owners().forEach((modality, owner) -> owners.put(modality, owner.email()));
  }

  public void assign(String modalityId) {
    service.assignOwner(
        currentUser.require(),
        snapshot.schoolCode(),
        snapshot.cycle(),
        modalityId,
        owners.get(modalityId));
    FacesMessages.info("owners.saved", title(modalityId));
  }

  private String title(String modalityId) {
    return queries.questionnaire(snapshot).modality(modalityId).title();
  }

  public List<Modality> getModalities() {
    return queries.questionnaire(snapshot).modalities();
  }

  public List<TeamMember> getTeam() {
    return team;
  }

  public Map<String, String> getOwners() {
    return owners;
  }
}
