package org.socialmission.metrics.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a zip file (an .xlsx is one) with every entry stamped with one given time instead of the
 * time of writing, so that the same content gives the same bytes on every download. POI stamps the
 * entries of a workbook with the current time and offers no way to choose it.
 */
final class FixedTimeZip {

  private FixedTimeZip() {}

  static void copy(byte[] zip, OutputStream out, Instant time) throws IOException {
    LocalDateTime stamp = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
    ZipOutputStream copy = new ZipOutputStream(out);
    try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry stamped = new ZipEntry(entry.getName());
        stamped.setTimeLocal(stamp);
        copy.putNextEntry(stamped);
        in.transferTo(copy);
        copy.closeEntry();
      }
    }
    copy.finish();
  }
}
