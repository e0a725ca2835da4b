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
    assertEquals("10:15:07 UTC", Times.time(STORED));
    assertEquals("2026-03-01", Times.date(STORED));
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
