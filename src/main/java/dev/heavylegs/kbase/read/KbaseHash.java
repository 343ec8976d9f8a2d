package dev.heavylegs.kbase.read;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;

/**
 * The content hash of a knowledge base: SHA-256 over every file's relative path and bytes, in path
 * order. Any edit, added, removed or renamed file changes it; timestamps do not.
 */
public final class KbaseHash {

  private KbaseHash() {}

  /** {@code sha256:<hex>} of {@code files} (path relative to the kbase -> content). */
  static String of(SortedMap<Path, byte[]> files) {
    MessageDigest digest = sha256();
    for (Map.Entry<Path, byte[]> file : files.entrySet()) {
      byte[] content = file.getValue();
      digest.update(KbasePaths.slashed(file.getKey()).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(Long.toString(content.length).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(content);
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
