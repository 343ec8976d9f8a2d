package dev.heavylegs.kbase.cache;

import dev.heavylegs.kbase.read.KbasePaths;
import dev.heavylegs.kbase.read.KbaseSnapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names cache entries. An entry is keyed by the content hash of the whole {@code kbase/} folder
 * (any edit to any file gives a new key, so a stale entry is never used) together with the build of
 * heavylegs and how paths are shown.
 */
final class CacheKey {

  private CacheKey() {}

  /** The folder of the entry that holds {@code snapshot} in the cache folder {@code cacheDir}. */
  static Path entryFor(KbaseSnapshot snapshot, Path cacheDir) {
    String key =
        sha256(
            snapshot.hash()
                + "\n"
                + buildOfHeavylegs()
                + "\n"
                + new KbasePaths(snapshot.dir()).root());
    return cacheDir.resolve(key);
  }

  /** Whether {@code name} has the shape of an entry's name. */
  static boolean isEntryName(String name) {
    return name.matches("[0-9a-f]{64}");
  }

  /** Identifies this build of heavylegs: a cache entry from another build is not used. */
  private static String buildOfHeavylegs() {
    try {
      Path code =
          Path.of(CacheKey.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return code
          + "@"
          + Files.getLastModifiedTime(code).toMillis()
          + "#"
          + System.getProperty("java.version");
    } catch (Exception e) {
      return "unknown#" + System.getProperty("java.version");
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
