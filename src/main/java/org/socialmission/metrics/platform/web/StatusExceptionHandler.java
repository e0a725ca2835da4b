package org.socialmission.metrics.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import org.socialmission.metrics.platform.AccessDeniedException;
import org.socialmission.metrics.platform.NotFoundException;

/**
 * Answers a page that failed with {@link AccessDeniedException} or {@link NotFoundException}
 * anywhere in its cause chain with status 403 or 404, so the visitor sees the matching error page
 * and not a stack trace. Other exceptions go on to the wrapped handler.
 */
public class StatusExceptionHandler extends ExceptionHandlerWrapper {

  public StatusExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Optional<Integer> status = statusOf(events.next().getContext().getException());
      if (status.isPresent()) {
        events.remove();
        sendError(status.get());
      }
    }
    getWrapped().handle();
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
