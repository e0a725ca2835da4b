package org.socialmission.metrics.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.socialmission.metrics.account.ForgotPassword;
import org.socialmission.metrics.platform.ClientAddresses;
import org.socialmission.metrics.platform.web.FacesMessages;

/**
 * {@code /password/forgot.xhtml}: asks for a reset link by mail. Answers the same, at once, whether
 * or not the email has an account.
 */
@Named
@RequestScoped
public class ForgotPasswordBacking {

  @Inject private ForgotPassword forgot;
  @Inject private ClientAddresses clients;
  @Inject private ExternalContext external;

  private String email;

  public void send() {
    forgot.request(email, clients.of((HttpServletRequest) external.getRequest()));
    FacesMessages.info("forgot.sent", email);
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
