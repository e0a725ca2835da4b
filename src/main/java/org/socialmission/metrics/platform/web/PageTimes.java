package org.socialmission.metrics.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.socialmission.metrics.platform.Times;

/**
 * The EL functions {@code smm:dateTime}, {@code smm:date} and {@code smm:time}: {@link Times} in
 * the zone of the person reading the page ({@link ShownZone}), named after the time.
 */
public final class PageTimes {

  private PageTimes() {}

  /** {@code 2026-03-01 11:15 CET}. */
  public static String dateTime(LocalDateTime utc) {
    return Times.dateTime(utc, zone());
  }

  /** {@code 2026-03-01}, in the reader's zone. */
  public static String date(LocalDateTime utc) {
    return Times.date(utc, zone());
  }

  /** {@code 11:15 CET}. */
  public static String time(LocalDateTime utc) {
    return Times.time(utc, zone());
  }

  /** The reader's zone. */
  public static ZoneId zone() {
    return CDI.current().select(ShownZone.class).get().zone();
  }
}
