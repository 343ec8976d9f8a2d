package dev.heavylegs.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines as JSON Lines defines them: only {@code \n} ends a line (a {@code
 * \r} just before it is dropped); a bare {@code \r} is part of the line, where JSON reads it as
 * white space. The bytes are not decoded here: the workers do that, and a line that is not UTF-8
 * becomes an error record there.
 *
 * <p>A line longer than the limit is not kept: its bytes are skipped up to the next newline and it
 * comes back as a {@link Line} without bytes, so an endless line ({@code /dev/zero}) or a huge one
 * costs no more memory than the limit.
 */
final class LineReader {

  /**
   * One input line.
   *
   * @param number counted from 1
   * @param bytes its bytes without the line end; null when it was longer than the limit
   */
  record Line(long number, byte[] bytes) {
    boolean tooLong() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int end;
  private long lineNumber;

  /** The part of a line read before the buffer ran out; grows up to the limit. */
  private byte[] partial = new byte[256];

  private int partialLength;
  private boolean skipping;
  private boolean ended;

  LineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    while (true) {
      if (position == end) {
        if (ended || !fill()) {
          ended = true;
          // a last line without a newline is a line; nothing after a final newline is not
          return partialLength > 0 || skipping ? take(null, 0, 0) : null;
        }
      }
      int newline = indexOfNewline(buffer, position, end);
      if (newline < 0) {
        keep(position, end);
        position = end;
        continue;
      }
      Line line = take(buffer, position, newline);
      position = newline + 1;
      return line;
    }
  }

  private boolean fill() throws IOException {
    int read;
    do {
      read = in.read(buffer, 0, buffer.length);
    } while (read == 0);
    if (read < 0) {
      return false;
    }
    position = 0;
    end = read;
    return true;
  }

  private static int indexOfNewline(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** Holds bytes of a line that goes on in the next buffer, unless the line is already too long. */
  private void keep(int from, int to) {
    if (skipping) {
      return;
    }
    int length = to - from;
    // one byte over the limit may be the \r of a \r\n, which is not part of the line
    if ((long) partialLength + length > (long) maxLineBytes + 1) {
      skipping = true;
      forgetPartial();
      return;
    }
    if (partialLength + length > partial.length) {
      partial =
          Arrays.copyOf(
              partial,
              (int)
                  Math.min(
                      Math.max(2L * partial.length, partialLength + length),
                      (long) maxLineBytes + 1));
    }
    System.arraycopy(buffer, from, partial, partialLength, length);
    partialLength += length;
  }

  /**
   * The line made of what was kept and {@code bytes[from..to)}, which end at a newline or the
   * input's end.
   */
  private Line take(byte[] bytes, int from, int to) {
    lineNumber++;
    if (!skipping) {
      byte[] line;
      if (partialLength == 0) {
        line = Arrays.copyOfRange(bytes, from, to);
      } else {
        line = Arrays.copyOf(partial, partialLength + (to - from));
        if (to > from) {
          System.arraycopy(bytes, from, line, partialLength, to - from);
        }
      }
      forgetPartial();
      int length = line.length;
      if (bytes != null && length > 0 && line[length - 1] == '\r') {
        length--; // \r\n ends the line: the \r is not part of it
      }
      if (length <= maxLineBytes) {
        return new Line(lineNumber, length == line.length ? line : Arrays.copyOf(line, length));
      }
    }
    skipping = false;
    forgetPartial();
    return new Line(lineNumber, null);
  }

  /** Empties the partial line; one long line does not keep its buffer for the rest of the input. */
  private void forgetPartial() {
    partialLength = 0;
    if (partial.length > buffer.length) {
      partial = new byte[256];
    }
  }
}
