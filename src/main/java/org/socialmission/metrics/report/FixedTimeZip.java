package org.socialmission.metrics.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Copies a zip file (an .xlsx is one) with every entry stamped with one given time instead of the
 * time of writing, so that the same content gives the same bytes on every download. POI stamps the
 * entries of a workbook with the current time and offers no way to choose it. The entries are
 * copied compressed, as they are: no second inflating and deflating.
 */
final class FixedTimeZip {

  private FixedTimeZip() {}

  static void copy(byte[] zip, OutputStream out, Instant time) throws IOException {
    long stamp =
        LocalDateTime.ofInstant(time, ZoneOffset.UTC)
            .atZone(ZoneId.systemDefault())
            .toInstant()
            .toEpochMilli();
    var copy = new ZipArchiveOutputStream(out);
    try (ZipFile in =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
      for (var entries = in.getEntriesInPhysicalOrder(); entries.hasMoreElements(); ) {
        ZipArchiveEntry entry = entries.nextElement();
        ZipArchiveEntry stamped = new ZipArchiveEntry(entry.getName());
        stamped.setMethod(entry.getMethod());
        stamped.setCrc(entry.getCrc());
        stamped.setSize(entry.getSize());
        stamped.setCompressedSize(entry.getCompressedSize());
        stamped.setTime(stamp);
        copy.addRawArchiveEntry(stamped, in.getRawInputStream(entry));
      }
    }
    copy.finish();
  }
}
