package org.socialmission.metrics.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import org.socialmission.metrics.account.CurrentUser;
import org.socialmission.metrics.account.PasswordChangeFilter;
import org.socialmission.metrics.account.SessionGrant;
import org.socialmission.metrics.account.SignInService;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.platform.ClientAddresses;
import org.socialmission.metrics.platform.web.FacesMessages;

/**
 * {@code /account/password.xhtml}: every signed-in user changes their own password here, giving the
 * current one; someone whose password was set by someone else is sent here until they do. The
 * session that makes the change stays signed in; the user's other sessions end.
 */
@Named
@RequestScoped
public class PasswordBacking {

  @Inject private CurrentUser currentUser;
  @Inject private SignInService signIns;
  @Inject private ClientAddresses clients;
  @Inject private ExternalContext external;

  private String current;
  private String chosen;
  private String repeated;
  private boolean changed;

  public void change() {
    if (!Objects.equals(chosen, repeated)) {
      FacesMessages.error("password.repeatDiffers");
      return;
    }
    var request = (HttpServletRequest) external.getRequest();
    try {
      SessionGrant grant =
          signIns.changePassword(currentUser.require(), current, chosen, clients.of(request));
      external.getSessionMap().put(SessionGrant.ATTRIBUTE, grant);
      PasswordChangeFilter.release(request);
      changed = true;
      FacesMessages.info("password.changed");
    } catch (ApplicationException refused) {
      FacesMessages.error(refused);
    }
  }

  /** Whether this user must change the password before doing anything else. */
  public boolean isRequired() {
    return !changed && PasswordChangeFilter.isRequired((HttpServletRequest) external.getRequest());
  }

  public boolean isChanged() {
    return changed;
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
