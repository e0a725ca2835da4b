package org.socialmission.metrics.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import org.socialmission.metrics.platform.ApiErrors;
import org.socialmission.metrics.platform.BasicCredentials;
import org.socialmission.metrics.platform.ClientAddresses;
import org.socialmission.metrics.platform.Message;
import org.socialmission.metrics.platform.SignInRedirect;

/**
 * The one authentication mechanism: form sign-in with a server session for pages, HTTP Basic
 * without a session for {@code /api/*}. Email and password are checked by {@link SignInService},
 * which throttles by account and client address ({@link ClientAddresses}).
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
 * on a protected resource gets 401 with a challenge and a JSON body. A browser session is honoured
 * by the API for reading only (GET, HEAD), so that pages can link to downloads, while a page on
 * another site cannot make a signed-in browser change anything (no cross-site request forgery).
 *
 * <p>Either way, an account whose password someone else set is marked for {@link
 * PasswordChangeFilter}, which lets it do nothing but change it.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

  private static final String CHALLENGE =
      "Basic realm=\"Social Mission Metrics\", charset=\"UTF-8\"";
  private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

  @Inject private SignInService signIns;
  @Inject private ClientAddresses clients;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    boolean api = ApiErrors.isApi(request);
    if (api && request.getHeader("Authorization") != null) {
      return basic(request, response, context);
    }
    Credential typed = context.getAuthParameters().getCredential();
    if (typed != null && context.isAuthenticationRequest()) {
      return signIn(request, context, typed);
    }
    Optional<SignIn> session = resume(request);
    if (session.isPresent() && (!api || READING.contains(request.getMethod()))) {
      return accept(request, context, session.get());
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    return api
        ? challenge(request, response, context)
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
    if (!(typed instanceof UsernamePasswordCredential credential)) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    Optional<SignIn> result =
        signIns.authenticate(
            credential.getCaller(), credential.getPasswordAsString(), clients.of(request));
    if (result.isEmpty()) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setAttribute(SessionGrant.ATTRIBUTE, result.get().grant());
    return accept(request, context, result.get());
  }

  private AuthenticationStatus basic(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Optional<SignIn> result =
        BasicCredentials.parse(request.getHeader("Authorization"))
            .flatMap(c -> signIns.authenticate(c.user(), c.password(), clients.of(request)));
    return result.isPresent()
        ? accept(request, context, result.get())
        : challenge(request, response, context);
  }

  /**
   * The sign-in of the request's session, if it still stands; a session that does not ends here.
   */
  private Optional<SignIn> resume(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null
        || !(session.getAttribute(SessionGrant.ATTRIBUTE) instanceof SessionGrant grant)) {
      return Optional.empty();
    }
    Optional<SignIn> signIn = signIns.resume(grant);
    if (signIn.isEmpty()) {
      session.invalidate();
    }
    return signIn;
  }

  /** Tells the container who the caller is, with its role as its one group. */
  private static AuthenticationStatus accept(
      HttpServletRequest request, HttpMessageContext context, SignIn signIn) {
    SignedInUser user = signIn.user();
    request.setAttribute(CurrentUser.REQUEST_ATTRIBUTE, user);
    if (signIn.mustChangePassword()) {
      request.setAttribute(PasswordChangeFilter.REQUIRED, Boolean.TRUE);
    }
    return context.notifyContainerAboutLogin(user.email(), Set.of(user.role().name()));
  }

  private static AuthenticationStatus challenge(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", CHALLENGE);
    try {
      ApiErrors.send(request, response, 401, Message.of("api.unauthorized"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
