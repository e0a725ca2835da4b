package org.socialmission.metrics.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TimesTest {

  private static final LocalDateTime STORED = LocalDateTime.of(2026, 3, 1, 10, 15, 7, 500_000_000);

  @Test
  void showsStoredTimesWithTheirZone() {
    assertEquals("2026-03-01 10:15 UTC", Times.dateTime(STORED));
    assertEquals("2026-03-01 10:15 UTC", Times.dateTime(Instant.parse("2026-03-01T10:15:07Z")));
    assertEquals("10:15 UTC", Times.time(STORED));
    assertEquals("11:15 CET", Times.time(STORED, Times.zone("Europe/Berlin")));
    assertEquals("2026-03-01 19:15 JST", Times.dateTime(STORED, Times.zone("Asia/Tokyo")));
    assertEquals("2026-03-02", Times.date(STORED.withHour(23), Times.zone("Asia/Tokyo")));
    assertEquals("2026-03-01", Times.date(STORED));
  }

  @Test
  void onlyZonesJavaKnowsAreTaken() {
    assertEquals("UTC", Times.zone("Mars/Olympus").getId());
    assertEquals("UTC", Times.zone(null).getId());
    assertEquals("UTC", Times.zone("../etc").getId());
    assertEquals("America/Chicago", Times.zone("America/Chicago").getId());
  }

  @Test
  void dataFilesGetTheTimeToTheSecondAndTheZoneInTheHeader() {
    assertEquals("2026-03-01T10:15:07", Times.data(STORED));
    assertEquals("2026-03-01T10:15:00", Times.data(STORED.withSecond(0).withNano(0)));
    assertEquals("UTC", Times.zoneName());
  }

  @Test
  void noTimeIsAnEmptyText() {
    assertEquals("", Times.dateTime((LocalDateTime) null));
    assertEquals("", Times.time(null));
    assertEquals("", Times.date(null));
    assertEquals("", Times.data(null));
  }
}
