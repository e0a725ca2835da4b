package org.socialmission.metrics.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
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

  /** The client id the team form's messages are shown for. */
  private static final String MESSAGES = "teamAdmin";

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
    // Each field says what is wrong with it, once, beside it; both at once.
    boolean emailOk = AccountAdminService.isEmail(email);
    boolean nameOk = name != null && !name.isBlank();
    if (!emailOk) {
      FacesMessages.add(
          "teamAdmin:email", FacesMessage.SEVERITY_ERROR, Message.of("account.emailInvalid"));
    }
    if (!nameOk) {
      FacesMessages.add(
          "teamAdmin:name", FacesMessage.SEVERITY_ERROR, Message.of("account.nameRequired"));
    }
    if (!emailOk || !nameOk) {
      return;
    }
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

  /**
   * Makes a change and adds its message, or the refusal's, to the team form alone ({@value
   * #MESSAGES}), so the school form's messages on the same page do not repeat it.
   */
  private static void run(Supplier<Message> change) {
    try {
      FacesMessages.add(MESSAGES, FacesMessage.SEVERITY_INFO, change.get());
    } catch (ApplicationException e) {
      FacesMessages.add(MESSAGES, FacesMessage.SEVERITY_ERROR, e.text());
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
