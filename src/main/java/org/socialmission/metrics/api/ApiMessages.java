package org.socialmission.metrics.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.socialmission.metrics.platform.Message;

/**
 * Resolves the messages of API answers in the language the client accepts ({@code
 * Accept-Language}), English where the bundle has no translation or the client names none.
 */
final class ApiMessages {

  private ApiMessages() {}

  /** The client's most wanted language; English without an {@code Accept-Language} header. */
  static Locale locale(HttpHeaders headers) {
    return headers.getAcceptableLanguages().stream()
        .filter(locale -> !"*".equals(locale.getLanguage()))
        .findFirst()
        .orElse(Locale.ENGLISH);
  }

  /** The text of a message for this client. */
  static String text(HttpHeaders headers, Message message) {
    return message.in(locale(headers));
  }
}
