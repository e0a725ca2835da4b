package org.socialmission.metrics;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import java.util.Set;

/**
 * Begins the start-up sequence ({@link Bootstrap}) as the web module starts: the server calls
 * initializers before any listener, so the sequence runs while Faces sets itself up (a few seconds
 * of one processor that need no database). Registered in {@code
 * META-INF/services/jakarta.servlet.ServletContainerInitializer}.
 */
public class BootstrapInitializer implements ServletContainerInitializer {

  @Override
  public void onStartup(Set<Class<?>> classes, ServletContext context) {
    CDI.current().select(Bootstrap.class).get().begin();
  }
}
