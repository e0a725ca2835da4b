package org.socialmission.metrics.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where to send a visitor before and after sign-in: to the sign-in page with the page they wanted
 * in {@code continue}, and afterwards back there, but only to a path inside this application (an
 * open redirect to another site would help phishing).
 */
public final class SignInRedirect {

  /** Context-relative path of the sign-in page. */
  public static final String SIGN_IN_PAGE = "/login.xhtml";

  private SignInRedirect() {}

  /** The sign-in page URL that returns to the requested page afterwards. */
  public static String toSignInPage(HttpServletRequest request) {
    String wanted = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      wanted += "?" + request.getQueryString();
    }
    return request.getContextPath()
        + SIGN_IN_PAGE
        + "?continue="
        + URLEncoder.encode(wanted, StandardCharsets.UTF_8);
  }

  /**
   * The context-relative path to continue to, if it is safe.
   *
   * @param requested the {@code continue} parameter as typed, may be null
   * @return a path starting with one slash, or empty when absent or pointing elsewhere
   */
  public static Optional<String> safeContinuation(String requested) {
    return insideApp(requested).filter(path -> !path.startsWith(SIGN_IN_PAGE));
  }

  /**
   * The context-relative path, if it is one: it starts with one slash and cannot lead to another
   * site, whatever browsers make of backslashes and control characters.
   */
  public static Optional<String> insideApp(String requested) {
    if (requested == null
        || !requested.startsWith("/")
        || requested.startsWith("//")
        || requested.contains("\\")
        || requested.chars().anyMatch(Character::isISOControl)) {
      return Optional.empty();
    }
    return Optional.of(requested);
  }
}
