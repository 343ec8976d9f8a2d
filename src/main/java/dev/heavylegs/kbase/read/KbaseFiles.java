package dev.heavylegs.kbase.read;

import dev.heavylegs.kbase.KbaseProblem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Finds the files of a knowledge-base folder: every regular, non-hidden file below it. Symbolic
 * links are followed, the folder itself included, as long as what they lead to really lies inside
 * the folder's real root. A link that leads outside it, to nothing, or round in a loop is an error
 * naming the link, so that nothing runs on a knowledge base read in part.
 */
public final class KbaseFiles {

  /**
   * What a walk found.
   *
   * @param files each file's path inside the knowledge base (as the user names it, through links)
   *     and its real path, in path order
   * @param folders the real path of every folder walked, the root first
   * @param problems the links that could not be followed and the folders that could not be read
   */
  public record Found(
      SortedMap<Path, Path> files, List<Path> folders, List<KbaseProblem> problems) {}

  private final KbasePaths paths;
  private final SortedMap<Path, Path> files = new TreeMap<>();
  private final List<Path> folders = new ArrayList<>();
  private final List<KbaseProblem> problems = new ArrayList<>();
  private Path realRoot;

  private KbaseFiles(KbasePaths paths) {
    this.paths = paths;
  }

  /** Walks {@code dir}; problems are returned, never thrown. */
  public static Found walk(Path dir, KbasePaths paths) {
    KbaseFiles walk = new KbaseFiles(paths);
    try {
      walk.realRoot = dir.toRealPath();
      walk.folder(walk.realRoot, Path.of(""), new HashSet<>(Set.of(walk.realRoot)));
    } catch (IOException e) {
      walk.problems.add(
          KbaseProblem.error(paths.root(), 0, 0, "cannot read this folder: " + reason(e)));
    }
    return new Found(walk.files, walk.folders, walk.problems);
  }

  /**
   * Walks the folder really at {@code real}, named {@code inside} in the kbase, below the folders
   * in {@code open} (real paths): a link back to one of those would never end.
   */
  private void folder(Path real, Path inside, Set<Path> open) {
    folders.add(real);
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(real)) {
      listing.forEach(entries::add);
    } catch (IOException e) {
      problems.add(
          KbaseProblem.error(shown(inside), 0, 0, "cannot read this folder: " + reason(e)));
      return;
    }
    entries.sort(null);
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      if (name.startsWith(".")) {
        continue; // hidden: editors' and version control's files
      }
      Path named = inside.resolve(name);
      try {
        BasicFileAttributes attributes =
            Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        Path target = entry;
        if (attributes.isSymbolicLink()) {
          Optional<Path> followed = followed(entry, named);
          if (followed.isEmpty()) {
            continue;
          }
          target = followed.get();
          attributes = Files.readAttributes(target, BasicFileAttributes.class);
        }
        if (attributes.isDirectory()) {
          if (!open.add(target)) {
            problems.add(
                KbaseProblem.error(
                    shown(named),
                    0,
                    0,
                    "a link loop: this link leads back to a"
                        + " folder it is in ("
                        + target
                        + "), so it is not followed"));
            continue;
          }
          folder(target, named, open);
          open.remove(target);
        } else if (attributes.isRegularFile()) {
          files.put(named, target);
        }
      } catch (IOException e) {
        problems.add(KbaseProblem.error(shown(named), 0, 0, "cannot read this: " + reason(e)));
      }
    }
  }

  /** The real path a link leads to, if it may be followed; else empty, with the problem noted. */
  private Optional<Path> followed(Path link, Path named) throws IOException {
    Path real;
    try {
      real = link.toRealPath();
    } catch (NoSuchFileException e) {
      problems.add(
          KbaseProblem.error(
              shown(named),
              0,
              0,
              "a link to something that does not exist (" + Files.readSymbolicLink(link) + ")"));
      return Optional.empty();
    } catch (FileSystemException e) {
      // ELOOP: links that lead to each other never reach a file
      problems.add(
          KbaseProblem.error(
              shown(named),
              0,
              0,
              "a link loop: this link never reaches a file"
                  + " or folder ("
                  + reason(e)
                  + "), so it is not followed"));
      return Optional.empty();
    }
    if (!real.startsWith(realRoot)) {
      String what = Files.isDirectory(real) ? "folder" : "file";
      problems.add(
          KbaseProblem.error(
              shown(named),
              0,
              0,
              "a link to a "
                  + what
                  + " outside the knowledge base ("
                  + real
                  + ") is not followed"));
      return Optional.empty();
    }
    return Optional.of(real);
  }

  private String shown(Path named) {
    return named.toString().isEmpty() ? paths.root() : paths.shown(named);
  }

  /** The operating system's reason, without the path the message already names. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason().toLowerCase(Locale.ROOT);
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
