package dev.heavylegs.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import picocli.CommandLine.Option;

/**
 * The {@code --kbase DIR} option shared by commands. The default is the {@code kbase/} folder
 * beside the launcher, which passes its own folder as the {@code heavylegs.home} property.
 */
final class KbaseOption {

  @Option(
      names = "--kbase",
      paramLabel = "DIR",
      description = "Knowledge base folder (default: the kbase/ beside the heavylegs launcher).")
  Path kbase;

  private boolean checked;

  /**
   * The knowledge base folder. One given with {@code --kbase} that is not a folder is a mistyped
   * option (exit 2), not a knowledge base with errors (exit 3); it is checked once, so a folder
   * removed later, while a consultation watches it, is the loader's to report.
   *
   * @throws BadOptionException when {@code --kbase} names no folder
   */
  Path directory() {
    if (kbase == null) {
      return defaultDirectory();
    }
    if (!checked) {
      check(kbase);
      checked = true;
    }
    return kbase;
  }

  private static void check(Path folder) {
    String option = "--kbase " + folder;
    try {
      if (!Files.readAttributes(folder, BasicFileAttributes.class).isDirectory()) {
        throw new BadOptionException(option + ": not a folder");
      }
    } catch (NoSuchFileException e) {
      throw new BadOptionException(option + ": no such folder");
    } catch (AccessDeniedException e) {
      throw new BadOptionException(option + ": permission denied");
    } catch (FileSystemException e) {
      throw new BadOptionException(
          option + ": cannot read: " + (e.getReason() != null ? e.getReason() : e.getMessage()));
    } catch (IOException e) {
      throw new BadOptionException(option + ": cannot read: " + e.getMessage());
    }
  }

  /** The {@code kbase/} beside the launcher, or in the working directory. */
  static Path defaultDirectory() {
    String home = System.getProperty("heavylegs.home");
    return home == null ? Path.of("kbase") : Path.of(home, "kbase");
  }
}
