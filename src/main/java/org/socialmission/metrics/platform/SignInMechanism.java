package org.socialmission.metrics.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * The one authentication mechanism: form sign-in with a server session for pages, HTTP Basic
 * without a session for {@code /api/*}.
 *
 * <p>Pages: the sign-in page hands the typed credentials over through {@code
 * SecurityContext.authenticate}; on success the session id is renewed (against session fixation)
 * and the caller is remembered in the session; a protected page visited without a session redirects
 * to the sign-in page, which returns there afterwards. API: every request carries its own {@code
 * Authorization: Basic} header; a missing or wrong one on a protected resource gets 401 with a
 * challenge. A browser session is honoured by the API too, so pages may call it.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

  /** Context-relative path of the sign-in page. */
  public static final String SIGN_IN_PAGE = "/login.xhtml";

  private static final String API_PREFIX = "/api/";
  private static final String CHALLENGE =
      "Basic realm=\"Social Mission Metrics\", charset=\"UTF-8\"";

  @Inject private IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Principal remembered = request.getUserPrincipal();
    if (remembered != null && !context.isAuthenticationRequest()) {
      return restore(context, remembered);
    }
    if (request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX)) {
      return basic(request, response, context);
    }
    Credential typed = context.getAuthParameters().getCredential();
    if (typed != null) {
      return signIn(request, context, typed);
    }
    if (context.isProtected()) {
      return context.redirect(SignInRedirect.toSignInPage(request));
    }
    return context.doNothing();
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
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    request.getSession(true);
    request.changeSessionId();
    context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus basic(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    var credentials = BasicCredentials.parse(request.getHeader("Authorization"));
    if (credentials.isEmpty()) {
      return context.isProtected() ? challenge(response, context) : context.doNothing();
    }
    var typed =
        new UsernamePasswordCredential(credentials.get().user(), credentials.get().password());
    CredentialValidationResult result = identityStores.validate(typed);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return challenge(response, context);
    }
    return context.notifyContainerAboutLogin(result);
  }

  private static AuthenticationStatus challenge(
      HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", CHALLENGE);
    return context.responseUnauthorized();
  }

  /** The caller signed in earlier in this session: tell the container again who it is. */
  private static AuthenticationStatus restore(HttpMessageContext context, Principal principal) {
    try {
      context
          .getHandler()
          .handle(
              new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), principal)});
      return AuthenticationStatus.SUCCESS;
    } catch (IOException | UnsupportedCallbackException e) {
      throw new IllegalStateException("The container refused the remembered caller", e);
    }
  }
}
