package org.socialmission.metrics.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks the session cookie {@code Secure} when the application is served over TLS ({@code
 * smm.https=true}, also behind a proxy that ends TLS, where the container itself sees plain HTTP),
 * so a browser never sends it over plain HTTP.
 */
@WebListener
public class HttpsCookies implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (SecurityHeaders.isHttps()) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }
}
