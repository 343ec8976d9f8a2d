package dev.heavylegs.questions.file;

import dev.heavylegs.questions.InvalidAnswerException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * The text of an answers file or a saved consultation, read within a size limit: {@code /dev/zero}
 * or a file of gigabytes is refused after at most a mebibyte, not read into memory whole. Every
 * failure is one line naming the file and the reason.
 */
final class AnswersFileText {

  /**
   * An answers file is a few KB and a saved consultation a few tens; anything past this is not one.
   */
  static final int MAX_BYTES = 1 << 20;

  private static final int FILE_TYPE_BITS = 0170000;
  private static final int FIFO = 0010000;

  private AnswersFileText() {}

  /** The text in {@code file}, checked to be UTF-8. */
  static String read(Path file) throws InvalidAnswerException {
    return decoded(file, bytes(file));
  }

  private static byte[] bytes(Path file) throws InvalidAnswerException {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (attributes.isDirectory()) {
        throw new InvalidAnswerException(file + ": is a folder, not an answers file");
      }
      // A named pipe (as from <(...)) is read like a file; a device or a socket is not one.
      if (attributes.isOther() && !isPipe(file)) {
        throw new InvalidAnswerException(file + ": is a device, not an answers file");
      }
      if (attributes.isRegularFile() && attributes.size() > MAX_BYTES) {
        throw tooLarge(file);
      }
      try (InputStream in = Files.newInputStream(file)) {
        byte[] bytes =
            in.readNBytes(MAX_BYTES + 1); // a pipe, or a file that grew, can hold more than it said
        if (bytes.length > MAX_BYTES) {
          throw tooLarge(file);
        }
        return bytes;
      }
    } catch (NoSuchFileException e) {
      throw new InvalidAnswerException(file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new InvalidAnswerException(file + ": cannot read: permission denied");
    } catch (FileSystemException e) {
      throw new InvalidAnswerException(
          file + ": cannot read: " + (e.getReason() != null ? e.getReason() : e.getMessage()));
    } catch (IOException e) {
      throw new InvalidAnswerException(file + ": cannot read: " + e.getMessage());
    }
  }

  /**
   * True for a named pipe; also when the file system cannot say (the size limit still holds then).
   */
  private static boolean isPipe(Path file) throws IOException {
    try {
      return ((Integer) Files.getAttribute(file, "unix:mode") & FILE_TYPE_BITS) == FIFO;
    } catch (UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
      return true;
    }
  }

  private static InvalidAnswerException tooLarge(Path file) {
    return new InvalidAnswerException(file + ": larger than 1 MiB; an answers file is a few KB");
  }

  /** {@code bytes} as UTF-8 text, or a line saying which byte, where, is not UTF-8. */
  private static String decoded(Path file, byte[] bytes) throws InvalidAnswerException {
    if (bytes.length >= 2
        && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
            || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
      throw new InvalidAnswerException(file + ": is UTF-16 text; save it as UTF-8");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder(); // reports malformed input
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never gives more chars than bytes
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position(); // where the malformed sequence starts
      throw new InvalidAnswerException(
          String.format(
              Locale.ROOT,
              "%s: not valid UTF-8 text (byte 0x%02X at offset %d, line %d); save it as UTF-8",
              file,
              bytes[offset] & 0xFF,
              offset,
              lineOf(bytes, offset)));
    }
    return out.flip().toString();
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
