package org.socialmission.metrics.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The security headers of every response: no content-type sniffing, no referrer to other sites,
 * and, when the application is served over TLS ({@code smm.https}), HSTS. Pages get their
 * Content-Security-Policy from PrimeFaces (web.xml, {@code primefaces.CSP_POLICY}: script nonces,
 * {@code base-uri}, {@code object-src 'none'}, {@code frame-ancestors}, {@code form-action}); API
 * answers, which are never pages, get one that allows nothing at all. {@link SecurityHeadersFilter}
 * sets them on every response, {@link ApiErrors} on those written before the filters run (a refused
 * sign-in).
 */
public final class SecurityHeaders {

  /** What a browser may do with an API answer rendered as a page: nothing. */
  static final String API_POLICY =
      "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  /** One year, the usual HSTS lifetime; subdomains are the operator's business. */
  static final String HSTS = "max-age=31536000";

  private static volatile Boolean https;

  private SecurityHeaders() {}

  /** Sets the headers on a response that is not committed yet. */
  public static void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    if (isHttps()) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    if (ApiErrors.isApi(request)) {
      response.setHeader("Content-Security-Policy", API_POLICY);
    }
  }

  /** The {@code smm.https} setting: the application is reached over TLS (a proxy may end it). */
  public static boolean isHttps() {
    if (https == null) {
      https = ConfigProvider.getConfig().getOptionalValue("smm.https", Boolean.class).orElse(false);
    }
    return https;
  }
}
