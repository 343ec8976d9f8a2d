package dev.heavylegs.kbase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The content hash of a knowledge base: SHA-256 over every file's relative path and bytes, in path
 * order. Any edit, added, removed or renamed file changes it; timestamps do not.
 */
final class KbaseHash {

  private KbaseHash() {}

  /** {@code sha256:<hex>} of {@code files} (relative to {@code dir}, sorted). */
  static String of(Path dir, List<Path> files) {
    MessageDigest digest = sha256();
    for (Path file : files) {
      digest.update(file.toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      try {
        byte[] content = Files.readAllBytes(dir.resolve(file));
        digest.update(Long.toString(content.length).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(content);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return "sha256:" + HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
