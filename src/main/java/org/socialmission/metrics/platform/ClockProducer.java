package org.socialmission.metrics.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * Produces the application's {@link Clock}: system time in UTC, the zone every stored time is in.
 * Services inject it instead of calling {@code Clock.systemUTC()} or {@code now()}, so "now" has
 * one source; pure classes take a clock or an instant as a parameter.
 */
@ApplicationScoped
public class ClockProducer {

  /** Dependent, not normal-scoped: {@code Clock} lives in {@code java.time} and needs no proxy. */
  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
