package org.socialmission.metrics.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;
import org.primefaces.csp.CspException;
import org.socialmission.metrics.platform.AccessDeniedException;
import org.socialmission.metrics.platform.NotFoundException;

/**
 * Answers a page that failed with {@link AccessDeniedException} or {@link NotFoundException}
 * anywhere in its cause chain with status 403 or 404, so the visitor sees the matching error page
 * and not a stack trace. A form posted to a view the server no longer has (or without its page's
 * script nonce) leads to the expired page, which offers that page again. Other exceptions go on:
 * those of ajax requests to PrimeFaces' handler (which sends the browser to the error page of
 * {@code web.xml}, hence error pages at reachable addresses), those of ordinary requests past it to
 * the default handler, so that the container shows the error page in place with its real status
 * (500, or the expired page for a form posted to a view that no longer exists) instead of
 * redirecting.
 */
public class StatusExceptionHandler extends ExceptionHandlerWrapper {

  /** Context-relative path of the page that says a page expired. */
  static final String EXPIRED_PAGE = "/errors/expired.xhtml";

  public StatusExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable thrown = events.next().getContext().getException();
      Optional<Integer> status = statusOf(thrown);
      if (status.isPresent()) {
        events.remove();
        sendError(status.get());
      } else if (isRejectedPost(thrown)) {
        events.remove();
        toExpiredPage();
      }
    }
    next().handle();
  }

  /** PrimeFaces' handler for ajax requests; for others, the one it wraps. */
  private ExceptionHandler next() {
    FacesContext faces = FacesContext.getCurrentInstance();
    boolean ajax = faces != null && faces.getPartialViewContext().isAjaxRequest();
    ExceptionHandler next = getWrapped();
    return !ajax && next instanceof ExceptionHandlerWrapper prime ? prime.getWrapped() : next;
  }

  /**
   * Whether a form was posted to a view the server no longer has (expired, or after a restart), or
   * without the script nonce of its page (PrimeFaces' check, which fails first for such a post).
   */
  static boolean isRejectedPost(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ViewExpiredException || t instanceof CspException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Sends the browser to the expired page, which offers the page it came from again; an ajax
   * request gets the redirect as its partial response.
   */
  private static void toExpiredPage() {
    FacesContext faces = FacesContext.getCurrentInstance();
    var external = faces.getExternalContext();
    var request = (HttpServletRequest) external.getRequest();
    String page = request.getRequestURI().substring(request.getContextPath().length());
    try {
      external.redirect(
          request.getContextPath()
              + EXPIRED_PAGE
              + "?from="
              + URLEncoder.encode(page, StandardCharsets.UTF_8));
      faces.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Optional<Integer> statusOf(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof AccessDeniedException) {
        return Optional.of(403);
      }
      if (t instanceof NotFoundException) {
        return Optional.of(404);
      }
    }
    return Optional.empty();
  }

  private static void sendError(int status) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(status, null);
      faces.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException committed) {
      throw new FacesException("Response already committed, cannot send " + status, committed);
    }
  }
}
