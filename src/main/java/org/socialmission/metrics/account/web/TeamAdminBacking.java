package org.socialmission.metrics.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.Supplier;
import org.socialmission.metrics.account.AccountAdminService;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.account.Role;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.platform.Message;
import org.socialmission.metrics.platform.web.FacesMessages;

/**
 * Managing a school's accounts on its page: staff any account, the dean the team members. New
 * accounts are invited and resets sent by mail; only without mail does it show a temporary
 * password, once.
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
            admin
                .create(
                    currentUser.require(),
                    schoolCode,
                    email,
                    name,
                    currentUser.require().isStaff() ? role : Role.TEAM_MEMBER)
                .map(password -> Message.of("team.created", email, password))
                .orElseGet(() -> Message.of("team.invited", email)));
  }

  public void deactivate(String account) {
    run(
        () -> {
          admin.setActive(currentUser.require(), account, false);
          return Message.of("team.deactivated", account);
        });
  }

  public void activate(String account) {
    run(
        () -> {
          admin.setActive(currentUser.require(), account, true);
          return Message.of("team.activated", account);
        });
  }

  public void resetPassword(String account) {
    run(
        () ->
            admin
                .resetPassword(currentUser.require(), account)
                .map(password -> Message.of("team.passwordReset", account, password))
                .orElseGet(() -> Message.of("team.resetSent", account)));
  }

  /** Makes a change and adds its message, or the refusal's. */
  private static void run(Supplier<Message> change) {
    try {
      FacesMessages.info(change.get());
    } catch (ApplicationException e) {
      FacesMessages.error(e);
    }
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
