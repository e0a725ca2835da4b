package org.socialmission.metrics.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;

/**
 * The error body of the API, {@code {"status": 415, "message": "…"}}, for answers that servlet code
 * gives before or after JAX-RS (sign-in, request guards, the container's own errors); the API's
 * exception mappers give the same shape. The message is in the client's {@code Accept-Language}.
 */
public final class ApiErrors {

  /** Context-relative prefix of the API. */
  public static final String PREFIX = "/api/";

  private ApiErrors() {}

  /** Whether the request is for the API. */
  public static boolean isApi(HttpServletRequest request) {
    return isApiPath(request.getRequestURI(), request.getContextPath());
  }

  /** Whether a request URI is one of the API's. */
  public static boolean isApiPath(String requestUri, String contextPath) {
    return requestUri != null && requestUri.startsWith(contextPath + PREFIX);
  }

  /** Answers with the status and the message, unless the response is committed already. */
  public static void send(
      HttpServletRequest request, HttpServletResponse response, int status, Message message)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    SecurityHeaders.apply(request, response);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(body(status, message.in(locale(request))));
    response.flushBuffer();
  }

  /** The JSON text of an error. */
  public static String body(int status, String message) {
    return Jsons.object().add("status", status).add("message", message).build().toString();
  }

  /** The client's most wanted language; English without an {@code Accept-Language} header. */
  public static Locale locale(HttpServletRequest request) {
    if (request.getHeader("Accept-Language") == null) {
      return Locale.ENGLISH;
    }
    return Collections.list(request.getLocales()).stream()
        .filter(l -> !l.getLanguage().isEmpty() && !"*".equals(l.getLanguage()))
        .findFirst()
        .orElse(Locale.ENGLISH);
  }
}
