package org.socialmission.metrics.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link StatusExceptionHandler} around the handler of the factory before it. */
public class StatusExceptionHandlerFactory extends ExceptionHandlerFactory {

  public StatusExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new StatusExceptionHandler(getWrapped().getExceptionHandler());
  }
}
