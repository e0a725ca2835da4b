package org.socialmission.metrics.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import org.socialmission.metrics.platform.BasicCredentials;
import org.socialmission.metrics.platform.SignInRedirect;

/**
 * The one authentication mechanism: form sign-in with a server session for pages, HTTP Basic
 * without a session for {@code /api/*}.
 *
 * <p>Pages: the sign-in page hands the typed credentials over through {@code
 * SecurityContext.authenticate}; on success the session id is renewed (against session fixation)
 * and the session keeps a {@link SessionGrant}. Every later request of the session is checked
 * against the account: the caller is restored with its role only while the account is active and
 * its sessions were not ended since (deactivation, new password); otherwise the session ends. The
 * grant is an ordinary session attribute, so a session works on every instance of a cluster. A
 * protected page visited without a session redirects to the sign-in page, which returns there
 * afterwards.
 *
 * <p>API: every request carries its own {@code Authorization: Basic} header; a missing or wrong one
 * on a protected resource gets 401 with a challenge. A browser session is honoured by the API for
 * reading only (GET, HEAD), so that pages can link to downloads, while a page on another site
 * cannot make a signed-in browser change anything (no cross-site request forgery).
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

  private static final String API_PREFIX = "/api/";
  private static final String CHALLENGE =
      "Basic realm=\"Social Mission Metrics\", charset=\"UTF-8\"";
  private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

  @Inject private IdentityStoreHandler identityStores;
  @Inject private AccountService accounts;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    boolean api = request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX);
    if (api && request.getHeader("Authorization") != null) {
      return basic(request, response, context);
    }
    Credential typed = context.getAuthParameters().getCredential();
    if (typed != null && context.isAuthenticationRequest()) {
      return signIn(request, context, typed);
    }
    Optional<SignedInUser> session = sessionUser(request);
    if (session.isPresent() && (!api || READING.contains(request.getMethod()))) {
      return restore(request, context, session.get());
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    return api
        ? challenge(response, context)
        : context.redirect(SignInRedirect.toSignInPage(request));
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, Credential typed) {
    CredentialValidationResult result = identityStores.validate(typed);
    Optional<SessionGrant> grant =
        result.getStatus() == CredentialValidationResult.Status.VALID
            ? accounts.grantFor(result.getCallerPrincipal().getName())
            : Optional.empty();
    if (grant.isEmpty()) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setAttribute(SessionGrant.ATTRIBUTE, grant.get());
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus basic(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    var credentials = BasicCredentials.parse(request.getHeader("Authorization"));
    if (credentials.isEmpty()) {
      return challenge(response, context);
    }
    var typed =
        new UsernamePasswordCredential(credentials.get().user(), credentials.get().password());
    CredentialValidationResult result = identityStores.validate(typed);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return challenge(response, context);
    }
    return context.notifyContainerAboutLogin(result);
  }

  /** The user of the request's session, if it still stands; a session that does not ends here. */
  private Optional<SignedInUser> sessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null
        || !(session.getAttribute(SessionGrant.ATTRIBUTE) instanceof SessionGrant grant)) {
      return Optional.empty();
    }
    Optional<SignedInUser> user = accounts.sessionUser(grant);
    if (user.isEmpty()) {
      session.invalidate();
    }
    return user;
  }

  private static AuthenticationStatus restore(
      HttpServletRequest request, HttpMessageContext context, SignedInUser user) {
    request.setAttribute(CurrentUser.REQUEST_ATTRIBUTE, user);
    return context.notifyContainerAboutLogin(user.email(), Set.of(user.role().name()));
  }

  private static AuthenticationStatus challenge(
      HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", CHALLENGE);
    return context.responseUnauthorized();
  }
}
