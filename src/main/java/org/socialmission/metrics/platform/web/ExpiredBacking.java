package org.socialmission.metrics.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.Optional;
import org.socialmission.metrics.platform.SignInRedirect;

/**
 * The expired page ({@code /errors/expired.xhtml}): which page of the application to offer again.
 * It is the {@code from} parameter when the page was reached by a redirect, or the failed request
 * when the container shows the page in its place; only a path inside the application, never another
 * site.
 */
@Named
@RequestScoped
public class ExpiredBacking {

  @Inject private ExternalContext external;

  /** The context-relative page to open again; null when there is none to offer. */
  public String getReturnTo() {
    String from = external.getRequestParameterMap().get("from");
    if (from == null
        && external.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
        && uri.startsWith(external.getRequestContextPath())) {
      from = uri.substring(external.getRequestContextPath().length());
    }
    return Optional.ofNullable(from).flatMap(SignInRedirect::insideApp).orElse(null);
  }
}
