package org.socialmission.metrics.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.Supplier;
import org.socialmission.metrics.account.AccountAdminService;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.account.Role;
import org.socialmission.metrics.platform.ApplicationException;

/**
 * Managing a school's accounts on its page: staff any account, the dean the team members. Shows a
 * new temporary password once.
 */
@Named
@RequestScoped
public class TeamAdminBacking {

  @Inject private CurrentUser currentUser;
  @Inject private AccountAdminService admin;

  private String email;
  private String name;
  private Role role = Role.TEAM_MEMBER;

  /** Whether the user manages accounts of this school: its dean (team members) or staff. */
  public boolean manages(String schoolCode) {
    return currentUser.require().leads(schoolCode);
  }

  public void add(String schoolCode) {
    run(
        () ->
            "Account created for "
                + email
                + ". Temporary password (shown once): "
                + admin.create(
                    currentUser.require(),
                    schoolCode,
                    email,
                    name,
                    currentUser.require().isStaff() ? role : Role.TEAM_MEMBER));
  }

  public void deactivate(String account) {
    run(
        () -> {
          admin.setActive(currentUser.require(), account, false);
          return account + " can no longer sign in.";
        });
  }

  public void activate(String account) {
    run(
        () -> {
          admin.setActive(currentUser.require(), account, true);
          return account + " can sign in again.";
        });
  }

  public void resetPassword(String account) {
    run(
        () ->
            "New temporary password for "
                + account
                + " (shown once): "
                + admin.resetPassword(currentUser.require(), account));
  }

  private static void run(Supplier<String> change) {
    FacesMessage message;
    try {
      message = new FacesMessage(FacesMessage.SEVERITY_INFO, change.get(), null);
    } catch (ApplicationException e) {
      message = new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null);
    }
    FacesContext.getCurrentInstance().addMessage(null, message);
  }

  public Role[] getRoles() {
    return new Role[] {Role.TEAM_MEMBER, Role.DEAN};
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }
}
