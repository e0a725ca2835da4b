package org.socialmission.metrics.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Signs out: ends the authentication and the session, then shows the landing page. */
@Named
@RequestScoped
public class SignOutBacking {

  @Inject private ExternalContext external;

  public void signOut() throws ServletException, IOException {
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/index.xhtml?signedOut=true");
  }
}
