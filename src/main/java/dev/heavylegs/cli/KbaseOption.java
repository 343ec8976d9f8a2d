package dev.heavylegs.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --kbase DIR} option shared by commands. The default is the {@code kbase/} folder
 * beside the launcher, which passes its own folder as the {@code heavylegs.home} property.
 */
final class KbaseOption {

  @Option(names = "--kbase", paramLabel = "DIR",
      description = "Knowledge base folder (default: the kbase/ beside the heavylegs launcher).")
  Path kbase;

  Path directory() {
    return kbase != null ? kbase : defaultDirectory();
  }

  /** The {@code kbase/} beside the launcher, or in the working directory. */
  static Path defaultDirectory() {
    String home = System.getProperty("heavylegs.home");
    return home == null ? Path.of("kbase") : Path.of(home, "kbase");
  }
}
