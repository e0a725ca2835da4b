package org.socialmission.metrics.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.socialmission.metrics.account.CurrentUser;

/** {@code /home.xhtml}: sends the signed-in user on to the home page of their role. */
@Named
@RequestScoped
public class HomeBacking {

  @Inject private CurrentUser currentUser;

  /** The view action: the role's home page as a redirecting outcome. */
  public String goHome() {
    return switch (currentUser.require().role()) {
      case TEAM_MEMBER -> "/team/home?faces-redirect=true";
      case DEAN -> "/dean/home?faces-redirect=true";
      case STAFF -> "/staff/home?faces-redirect=true";
    };
  }
}
