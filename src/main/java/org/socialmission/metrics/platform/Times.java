package org.socialmission.metrics.platform;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The one formatter of dates and times shown to people: pages (as the EL functions {@code
 * smm:dateTime}, {@code smm:date} and {@code smm:time}, see {@code WEB-INF/smm.taglib.xml}),
 * exports and workbooks. Stored times are UTC ({@link ClockProducer}); they are shown in {@link
 * #ZONE}, named after the time ("2026-03-01 10:15 UTC"), so showing another zone is a change here
 * alone. Plain Java, for pure packages too. A null time formats as an empty text.
 */
public final class Times {

  /** The zone times are shown in. */
  public static final ZoneId ZONE = ZoneId.of("UTC");

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss z", Locale.ROOT);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final DateTimeFormatter DATA = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

  private Times() {}

  /** Date and time to the minute with the zone: {@code 2026-03-01 10:15 UTC}. */
  public static String dateTime(LocalDateTime utc) {
    return utc == null ? "" : DATE_TIME.format(shown(utc));
  }

  /** An instant as {@link #dateTime(LocalDateTime)} shows it. */
  public static String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
  }

  /** The date alone: {@code 2026-03-01}. */
  public static String date(LocalDateTime utc) {
    return utc == null ? "" : DATE.format(shown(utc));
  }

  /** The time of day to the second with the zone, for "saved at": {@code 10:15:07 UTC}. */
  public static String time(LocalDateTime utc) {
    return utc == null ? "" : TIME.format(shown(utc));
  }

  /**
   * The date and time for data files, to the second and without the zone, which the column header
   * names ({@link #zoneName()}): {@code 2026-03-01T10:15:07}.
   */
  public static String data(LocalDateTime utc) {
    return utc == null
        ? ""
        : DATA.format(shown(utc).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS));
  }

  /** The name of {@link #ZONE} for headers such as "Last activity (UTC)". */
  public static String zoneName() {
    return ZONE.getId();
  }

  private static ZonedDateTime shown(LocalDateTime utc) {
    return utc.atZone(ZoneOffset.UTC).withZoneSameInstant(ZONE);
  }
}
