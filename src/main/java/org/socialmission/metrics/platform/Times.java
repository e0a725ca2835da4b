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
 * exports and workbooks. Stored times are UTC ({@link ClockProducer}); pages show them in the
 * person's own zone (their browser's, see {@code platform.web.ShownZone}), workbooks and exports in
 * {@link #ZONE}; always named after the time ("2026-03-01 10:15 CET"). Plain Java, for pure
 * packages too. A null time formats as an empty text.
 */
public final class Times {

  /** The zone of workbooks and exports, and of pages until the person's own zone is known. */
  public static final ZoneId ZONE = ZoneId.of("UTC");

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm z", Locale.ROOT);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final DateTimeFormatter DATA = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

  private Times() {}

  /** Date and time to the minute with the zone: {@code 2026-03-01 10:15 UTC}. */
  public static String dateTime(LocalDateTime utc) {
    return dateTime(utc, ZONE);
  }

  /** Date and time to the minute in the zone, named: {@code 2026-03-01 11:15 CET}. */
  public static String dateTime(LocalDateTime utc, ZoneId zone) {
    return utc == null ? "" : DATE_TIME.format(shown(utc, zone));
  }

  /** The date alone in the zone: {@code 2026-03-01}. */
  public static String date(LocalDateTime utc, ZoneId zone) {
    return utc == null ? "" : DATE.format(shown(utc, zone));
  }

  /** The time of day in the zone, named, for "saved at": {@code 11:15 CET}. */
  public static String time(LocalDateTime utc, ZoneId zone) {
    return utc == null ? "" : TIME.format(shown(utc, zone));
  }

  /**
   * The zone of this id if it is one Java knows ({@link ZoneId#getAvailableZoneIds()}), such as
   * {@code Europe/Berlin} from a browser; {@link #ZONE} for anything else.
   */
  public static ZoneId zone(String id) {
    return id != null && ZoneId.getAvailableZoneIds().contains(id) ? ZoneId.of(id) : ZONE;
  }

  /** An instant as {@link #dateTime(LocalDateTime)} shows it. */
  public static String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
  }

  /** The date alone: {@code 2026-03-01}. */
  public static String date(LocalDateTime utc) {
    return date(utc, ZONE);
  }

  /** The time of day with the zone, for "saved at": {@code 10:15 UTC}. */
  public static String time(LocalDateTime utc) {
    return time(utc, ZONE);
  }

  /**
   * The date and time for data files, to the second and without the zone, which the column header
   * names ({@link #zoneName()}): {@code 2026-03-01T10:15:07}.
   */
  public static String data(LocalDateTime utc) {
    return utc == null
        ? ""
        : DATA.format(shown(utc, ZONE).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS));
  }

  /** The name of {@link #ZONE} for headers such as "Last activity (UTC)". */
  public static String zoneName() {
    return ZONE.getId();
  }

  private static ZonedDateTime shown(LocalDateTime utc, ZoneId zone) {
    return utc.atZone(ZoneOffset.UTC).withZoneSameInstant(zone);
  }
}
