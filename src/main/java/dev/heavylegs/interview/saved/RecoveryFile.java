package dev.heavylegs.interview.saved;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where the answers of a consultation left in the middle are kept when the runner did not say:
 * {@code $XDG_STATE_HOME/heavylegs}, else {@code ~/.local/state/heavylegs}, a folder only they can
 * read. The file itself is written as a saved consultation (private, mode 0600).
 */
public final class RecoveryFile {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private RecoveryFile() {}

  public static Path defaultFolder() {
    String state = System.getenv("XDG_STATE_HOME");
    Path base =
        state != null && !state.isBlank()
            ? Path.of(state)
            : Path.of(System.getProperty("user.home"), ".local", "state");
    return base.resolve("heavylegs");
  }

  /** A new file name in {@code folder}, made with the folder if need be. */
  public static Path next(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      Files.createDirectories(
          folder,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
    String stamp = LocalDateTime.now().format(STAMP);
    Path file = folder.resolve("recovered-" + stamp + ".json");
    for (int i = 2; Files.exists(file); i++) {
      file = folder.resolve("recovered-" + stamp + "-" + i + ".json");
    }
    return file;
  }
}
