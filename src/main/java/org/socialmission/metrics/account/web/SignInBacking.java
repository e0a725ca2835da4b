package org.socialmission.metrics.account.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.socialmission.metrics.platform.SignInRedirect;
import org.socialmission.metrics.platform.web.FacesMessages;

/** The sign-in form: hands email and password to Jakarta Security, then goes on or explains. */
@Named
@RequestScoped
public class SignInBacking {

  @Inject private SecurityContext security;
  @Inject private FacesContext faces;
  @Inject private ExternalContext external;

  private String email;
  private String password;
  private String continueTo;

  public void signIn() throws IOException {
    var credential = new UsernamePasswordCredential(email, new Password(password));
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            withParams().credential(credential).newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS) {
      String target = SignInRedirect.safeContinuation(continueTo).orElse("/home.xhtml");
      external.redirect(external.getRequestContextPath() + target);
    } else if (status == AuthenticationStatus.SEND_CONTINUE) {
      faces.responseComplete();
    } else {
      FacesMessages.error("signin.failed");
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getContinueTo() {
    return continueTo;
  }

  public void setContinueTo(String continueTo) {
    this.continueTo = continueTo;
  }
}
