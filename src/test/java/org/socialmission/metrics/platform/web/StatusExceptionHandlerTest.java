package org.socialmission.metrics.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialmission.metrics.platform.AccessDeniedException;
import org.socialmission.metrics.platform.NotFoundException;

class StatusExceptionHandlerTest {

  @Test
  void findsAccessDeniedDeepInTheCauseChain() {
    var wrapped = new FacesException(new ELException(new AccessDeniedException("not yours")));
    assertEquals(Optional.of(403), StatusExceptionHandler.statusOf(wrapped));
  }

  @Test
  void mapsNotFoundTo404() {
    assertEquals(
        Optional.of(404),
        StatusExceptionHandler.statusOf(new FacesException(new NotFoundException("x"))));
  }

  @Test
  void leavesOtherFailuresToTheNextHandler() {
    assertEquals(
        Optional.empty(),
        StatusExceptionHandler.statusOf(new FacesException(new IllegalStateException())));
  }
}
