package org.socialmission.metrics.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A buffered UTF-8 writer for one thread. POI streams a sheet through a {@code BufferedWriter} over
 * an {@code OutputStreamWriter}: a lock taken for every string and character written, and a charset
 * encoder run over every buffer; for a sheet listing thousands of peers that was about a third of
 * writing it. This writer encodes into its own byte buffer and takes no lock, so it must not be
 * shared between threads. Characters outside the Basic Multilingual Plane are encoded from their
 * surrogate pairs; an unpaired surrogate becomes {@code ?}, as with the JDK's encoder.
 */
final class Utf8Writer extends Writer {

  private final OutputStream out;
  private final byte[] buffer = new byte[1 << 16];
  private final char[] chars = new char[1 << 10];
  private int at;
  private char highSurrogate;

  Utf8Writer(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(int c) throws IOException {
    put((char) c);
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = chars[i];
      if (c < 0x80 && at < buffer.length && highSurrogate == 0) {
        buffer[at++] = (byte) c;
      } else {
        put(c);
      }
    }
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    for (int from = offset; from < offset + length; from += chars.length) {
      int to = Math.min(offset + length, from + chars.length);
      text.getChars(from, to, chars, 0);
      write(chars, 0, to - from);
    }
  }

  @Override
  public void write(String text) throws IOException {
    write(text, 0, text.length());
  }

  private void put(char c) throws IOException {
    if (at > buffer.length - 4) {
      drain();
    }
    if (highSurrogate != 0) {
      char high = highSurrogate;
      highSurrogate = 0;
      if (Character.isLowSurrogate(c)) {
        int code = Character.toCodePoint(high, c);
        buffer[at++] = (byte) (0xF0 | (code >> 18));
        buffer[at++] = (byte) (0x80 | ((code >> 12) & 0x3F));
        buffer[at++] = (byte) (0x80 | ((code >> 6) & 0x3F));
        buffer[at++] = (byte) (0x80 | (code & 0x3F));
        return;
      }
      buffer[at++] = '?';
    }
    if (c < 0x80) {
      buffer[at++] = (byte) c;
    } else if (c < 0x800) {
      buffer[at++] = (byte) (0xC0 | (c >> 6));
      buffer[at++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isHighSurrogate(c)) {
      highSurrogate = c;
    } else if (Character.isLowSurrogate(c)) {
      buffer[at++] = '?';
    } else {
      buffer[at++] = (byte) (0xE0 | (c >> 12));
      buffer[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      buffer[at++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  private void drain() throws IOException {
    out.write(buffer, 0, at);
    at = 0;
  }

  /** Writes what is buffered; a high surrogate still waiting for its pair stays buffered. */
  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (highSurrogate != 0) {
      highSurrogate = 0;
      put('?');
    }
    try {
      flush();
    } finally {
      out.close();
    }
  }
}
