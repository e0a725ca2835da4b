package org.socialmission.metrics.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.socialmission.metrics.account.AccountService;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.account.TeamMember;
import org.socialmission.metrics.school.SchoolProfile;
import org.socialmission.metrics.school.SchoolService;

/**
 * One school with its team ({@code /schools/school.xhtml}, and the team member and dean home
 * pages): the school named by the {@code code} parameter, or without one the user's own school.
 * Another school's code ends in 403. It lives in the account feature because it needs the signed-in
 * user and the team's accounts, and accounts sit above schools. View-scoped so that the team
 * table's row actions find their rows again on postback.
 */
@Named
@ViewScoped
public class SchoolBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private SchoolService schools;
  @Inject private AccountService accounts;

  private String code;
  private SchoolProfile profile;
  private List<TeamMember> team;

  /** The view action. */
  public void load() {
    var user = currentUser.require();
    String wanted = code != null ? code : user.schoolCode();
    profile = schools.profile(user.scope(), wanted);
    team = null;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public SchoolProfile getProfile() {
    return profile;
  }

  /** The team, read when the page renders, so changes made by an action on this page show. */
  public List<TeamMember> getTeam() {
    if (team == null) {
      team = accounts.team(profile.code());
    }
    return team;
  }
}
