package org.socialmission.metrics.report;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An SXSSF workbook (a window of rows in memory, the rest of each sheet in its temporary file, as
 * POI does) whose sheets write their temporary files through a {@link Utf8Writer} instead of POI's
 * locking, charset-encoding writer chain. The file written is the same byte for byte.
 */
final class StreamedWorkbook extends SXSSFWorkbook {

  /** Streams the sheets created from now on, keeping {@code rowsInMemory} rows of each. */
  StreamedWorkbook(XSSFWorkbook template, int rowsInMemory) {
    super(template, rowsInMemory);
  }

  @Override
  protected SheetDataWriter createSheetDataWriter() throws IOException {
    return new SheetDataWriter(getSharedStringSource()) {
      @Override
      public Writer createWriter(File file) throws IOException {
        return new Utf8Writer(new FileOutputStream(file));
      }
    };
  }
}
