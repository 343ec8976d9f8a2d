package dev.heavylegs.interview.saved;

import java.nio.file.Path;

/** A file name typed at the prompt, with {@code ~} standing for the home folder as in a shell. */
public final class SavePath {

  private SavePath() {}

  public static Path of(String typed) {
    String name = typed.strip();
    String home = System.getProperty("user.home");
    if (name.equals("~")) {
      return Path.of(home);
    }
    if (name.startsWith("~/")) {
      return Path.of(home, name.substring(2));
    }
    return Path.of(name);
  }
}
