package org.socialmission.metrics.account.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.socialmission.metrics.account.PasswordLinkService;
import org.socialmission.metrics.platform.ApplicationException;
import org.socialmission.metrics.platform.web.FacesMessages;

/**
 * {@code /password/set.xhtml?token=…}: the page a password link opens (invitation or reset). While
 * the link is usable it takes the new password twice, then sends the person to sign in with it;
 * otherwise it says the link is used or expired and offers a new one. View-scoped, so that the
 * token of the link's address stays with the form when it is sent.
 */
@Named
@ViewScoped
public class ChoosePasswordBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PasswordLinkService links;

  private String token;
  private String chosen;
  private String repeated;
  private Boolean usable;

  public void choose() throws IOException {
    if (!Objects.equals(chosen, repeated)) {
      FacesMessages.error("password.repeatDiffers");
      return;
    }
    try {
      String email = links.choose(token, chosen);
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(
          external.getRequestContextPath()
              + "/login.xhtml?passwordSet=true&email="
              + URLEncoder.encode(email, StandardCharsets.UTF_8));
    } catch (ApplicationException refused) {
      usable = null;
      FacesMessages.error(refused);
    }
  }

  /** Whether the link can still set a password (read once, and again after a refusal). */
  public boolean isUsable() {
    if (usable == null) {
      usable = links.isUsable(token);
    }
    return usable;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
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
