package dev.heavylegs.files;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file heavylegs writes for the user, replaced whole or not at all.
 *
 * <ul>
 *   <li>Only a regular file is replaced: a folder, a device, a named pipe or a socket at the path
 *       is refused. A symbolic link is written through, never replaced itself: its target is
 *       replaced when that is a regular file heavylegs may replace (a link to nothing is refused).
 *   <li>An existing file is replaced only when heavylegs wrote it (its {@link Recognizer} says so
 *       from the file's start), or when the user said so ({@code --force}); see {@link
 *       #checkReplaceable}. That check is the caller's gate, made once before the work; the writes
 *       themselves check only what kind of file is there, so a consultation that saves after every
 *       answer can go on replacing the file it was allowed to replace.
 *   <li>The content goes to a temporary file beside the target (created 0600: these files hold
 *       health answers), is flushed to disk, given the old file's permissions and owner when one is
 *       replaced, and renamed over the target: a reader sees the old file or the new one, never
 *       half.
 *   <li>The temporary file is deleted when anything fails, and by a shutdown hook when the process
 *       is stopped (SIGTERM, Ctrl-C) before it was renamed.
 * </ul>
 *
 * <p>Every failure is a {@link Failure}: an {@link IOException} whose message is one line naming
 * the file as the user gave it ({@code cannot save to FILE: REASON}), never the temporary file.
 */
public final class OutputFile {

  /** How much of an existing file its {@link Recognizer} is shown: enough for a first record. */
  public static final int START_BYTES = 64 * 1024;

  /**
   * Tells, from the start of an existing file, whether heavylegs wrote it (and so may replace it).
   */
  @FunctionalInterface
  public interface Recognizer {
    /**
     * @param start the file's first bytes, at most {@link #START_BYTES}
     * @param whole true when {@code start} is the whole file
     */
    boolean wroteIt(byte[] start, boolean whole);
  }

  private final Path path;
  private final String action;
  private final String ownKind;
  private final Recognizer ours;

  /**
   * @param path the file, as the user named it
   * @param action what is done to it, for messages: {@code "save to"}, {@code "write"}
   * @param ownKind what a file heavylegs may replace is, for messages: {@code "a saved
   *     consultation"}
   * @param ours tells such a file from its start
   */
  public OutputFile(Path path, String action, String ownKind, Recognizer ours) {
    this.path = path;
    this.action = action;
    this.ownKind = ownKind;
    this.ours = ours;
  }

  /** The file, as the user named it. */
  public Path path() {
    return path;
  }

  /**
   * Checks, before any work is done, that the file can be written and may be replaced: it does not
   * exist yet, or it is a regular file (or a link to one) that heavylegs wrote, or any regular file
   * when {@code force}.
   *
   * @throws Refused when the path is not a regular file, or one heavylegs did not write (and not
   *     {@code force})
   * @throws Failure when its folder is missing or cannot be written
   */
  public void checkReplaceable(boolean force) throws Failure {
    Target target = target();
    if (target.existing() != null && !force && !wroteIt(target.file())) {
      throw new Refused(this, "exists and is not " + ownKind, "; use --force to replace it");
    }
  }

  /** Writes {@code content} as the whole file, atomically. */
  public void write(byte[] content) throws Failure {
    try (Replacement replacement = replace()) {
      replacement.stream().write(content);
      replacement.commit();
    } catch (Failure e) {
      throw e;
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * Starts replacing the file: write the content to {@link Replacement#stream()}, then {@link
   * Replacement#commit()}; closing it without a commit leaves the old file as it was.
   */
  public Replacement replace() throws Failure {
    Target target = target();
    Path folder = target.file().getParent();
    String name = "." + target.file().getFileName() + ".";
    for (int attempt = 0; ; attempt++) {
      // A fresh random name, created exclusively (which follows no link planted at that name).
      Path temporary =
          folder.resolve(
              name + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36) + ".part");
      Leftovers.FILES.add(temporary);
      try {
        return new Replacement(target, temporary, createPrivate(temporary));
      } catch (FileAlreadyExistsException e) {
        Leftovers.FILES.remove(temporary);
        if (attempt == 10) {
          throw failure(e);
        }
      } catch (IOException e) {
        Leftovers.FILES.remove(temporary);
        throw failure(e);
      }
    }
  }

  /** A replacement under way: the temporary file, renamed over the target on {@link #commit()}. */
  public final class Replacement implements Closeable {

    private final Target target;
    private final Path temporary;
    private final FileChannel channel;
    private final OutputStream stream;
    private boolean committed;

    private Replacement(Target target, Path temporary, FileChannel channel) {
      this.target = target;
      this.temporary = temporary;
      this.channel = channel;
      this.stream = new Named(Channels.newOutputStream(channel));
    }

    /** Where the content goes; a failed write throws a {@link Failure} naming the file. */
    public OutputStream stream() {
      return stream;
    }

    /** Flushes the content to disk, keeps the old file's permissions and renames it into place. */
    public void commit() throws Failure {
      try {
        stream.flush();
        channel.force(true);
        channel.close();
        if (target.existing() != null) {
          keepPermissions(target.existing(), temporary);
        }
        Files.move(temporary, target.file(), StandardCopyOption.ATOMIC_MOVE);
        committed = true;
      } catch (IOException e) {
        throw failure(e);
      } finally {
        close();
      }
    }

    /** Deletes the temporary file unless it was committed; the target stays as it was. */
    @Override
    public void close() {
      try {
        channel.close();
      } catch (IOException e) {
        // nothing more to write to it
      }
      if (!committed) {
        deleteQuietly(temporary);
      }
      Leftovers.FILES.remove(temporary);
    }
  }

  /** A write or flush error as a {@link Failure} naming the file. */
  private final class Named extends OutputStream {

    private final OutputStream out;

    Named(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      try {
        out.write(bytes, offset, length);
      } catch (IOException e) {
        throw failure(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw failure(e);
      }
    }

    @Override
    public void close() {
      // the channel is closed by the replacement
    }
  }

  /** Writing failed or was refused: one line naming the file as the user gave it. */
  public static class Failure extends IOException {

    private final transient Path path;
    private final String reason;

    Failure(String message, Path path, String reason, Throwable cause) {
      super(message, cause);
      this.path = path;
      this.reason = reason;
    }

    /** The file, as the user named it. */
    public Path path() {
      return path;
    }

    /**
     * Why, without the file's name: {@code "No space left on device"}; for a {@link Refused} file,
     * what it is: {@code "is a named pipe (FIFO), not a regular file"}.
     */
    public String reason() {
      return reason;
    }
  }

  /**
   * The path is not a file heavylegs may replace: not a regular file, or not one heavylegs wrote.
   */
  public static final class Refused extends Failure {
    Refused(OutputFile file, String whatItIs, String advice) {
      super(
          "cannot " + file.action + " " + file.path + ": it " + whatItIs + advice,
          file.path,
          whatItIs,
          null);
    }
  }

  /**
   * The regular file to replace (the path itself, or a symbolic link's target); {@code existing}
   * null when there is none yet.
   */
  private record Target(Path file, PosixFileAttributes existing) {}

  private Target target() throws Failure {
    Path absolute = path.toAbsolutePath();
    Kind kind = kindOf(absolute);
    Path file = absolute;
    if (kind == Kind.SYMBOLIC_LINK) {
      try {
        file = absolute.toRealPath();
      } catch (NoSuchFileException e) {
        throw new Refused(
            this, "is a symbolic link to " + linkTarget(absolute) + ", which does not exist", "");
      } catch (IOException e) {
        throw failure(e);
      }
      Kind to = kindOf(file);
      if (to != Kind.REGULAR) {
        throw new Refused(
            this, "is a symbolic link to " + file + ", " + to.words + ", not a regular file", "");
      }
      kind = to;
    } else if (kind != Kind.MISSING && kind != Kind.REGULAR) {
      throw new Refused(this, "is " + kind.words + ", not a regular file", "");
    }
    Path folder = file.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new Failure(
          "cannot " + action + " " + path + ": the folder " + folder + " does not exist",
          path,
          "the folder " + folder + " does not exist",
          null);
    }
    if (!Files.isWritable(folder) || (kind == Kind.REGULAR && !Files.isWritable(file))) {
      throw failure(new AccessDeniedException(file.toString()));
    }
    try {
      return new Target(
          file,
          kind == Kind.MISSING ? null : Files.readAttributes(file, PosixFileAttributes.class));
    } catch (UnsupportedOperationException e) {
      return new Target(file, null); // no POSIX permissions to keep on this file system
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private Kind kindOf(Path file) throws Failure {
    try {
      return Kind.of(file);
    } catch (IOException e) {
      throw failure(e); // "Not a directory" when a file stands where a folder should
    }
  }

  private boolean wroteIt(Path file) throws Failure {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] start = in.readNBytes(START_BYTES);
      return ours.wroteIt(start, in.read() < 0);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private Failure failure(IOException e) {
    if (e instanceof Failure failure) {
      return failure;
    }
    String reason;
    if (e instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (e instanceof NoSuchFileException) {
      reason = "the folder " + path.toAbsolutePath().getParent() + " does not exist";
    } else if (e instanceof DirectoryNotEmptyException) {
      reason = "a folder is in the way";
    } else if (e instanceof FileSystemException fileSystem) {
      // its message names the temporary file; the reason alone is what the user needs
      reason =
          fileSystem.getReason() != null ? fileSystem.getReason() : e.getClass().getSimpleName();
    } else {
      reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
    return new Failure("cannot " + action + " " + path + ": " + reason, path, reason, e);
  }

  private static FileChannel createPrivate(Path temporary) throws IOException {
    Set<StandardOpenOption> options =
        Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    FileAttribute<?> privateFile =
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    try {
      return FileChannel.open(temporary, options, privateFile);
    } catch (UnsupportedOperationException e) {
      return FileChannel.open(temporary, options); // not a POSIX file system
    }
  }

  /**
   * The replaced file's owner, group and permissions on its replacement, as far as this process may
   * set them.
   */
  private static void keepPermissions(PosixFileAttributes old, Path replacement)
      throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(replacement, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    PosixFileAttributes now = view.readAttributes();
    try {
      if (!now.group().equals(old.group())) {
        view.setGroup(old.group());
      }
      if (!now.owner().equals(old.owner())) {
        view.setOwner(old.owner()); // only root may; anyone else keeps the file as their own
      }
    } catch (IOException e) {
      // not allowed to: the permissions below are what keeps the file private
    }
    view.setPermissions(old.permissions());
  }

  private static String linkTarget(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return "a file";
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // left behind: its name says what it is
    }
  }

  /** What is at a path, from its mode bits; a link is not followed. */
  private enum Kind {
    MISSING("nothing"),
    REGULAR("a regular file"),
    FOLDER("a folder"),
    SYMBOLIC_LINK("a symbolic link"),
    CHARACTER_DEVICE("a character device"),
    BLOCK_DEVICE("a block device"),
    NAMED_PIPE("a named pipe (FIFO)"),
    SOCKET("a socket"),
    OTHER("a special file");

    final String words;

    Kind(String words) {
      this.words = words;
    }

    static Kind of(Path path) throws IOException {
      try {
        int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        return switch (mode & 0170000) {
          case 0100000 -> REGULAR;
          case 0040000 -> FOLDER;
          case 0120000 -> SYMBOLIC_LINK;
          case 0020000 -> CHARACTER_DEVICE;
          case 0060000 -> BLOCK_DEVICE;
          case 0010000 -> NAMED_PIPE;
          case 0140000 -> SOCKET;
          default -> OTHER;
        };
      } catch (NoSuchFileException e) {
        return MISSING;
      } catch (UnsupportedOperationException | IllegalArgumentException e) {
        return portably(path); // no unix: attribute view here
      }
    }

    private static Kind portably(Path path) {
      if (Files.isSymbolicLink(path)) {
        return SYMBOLIC_LINK;
      }
      if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        return MISSING;
      }
      return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
          ? REGULAR
          : Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? FOLDER : OTHER;
    }
  }

  /**
   * Temporary files being written: deleted if the process is stopped before they are renamed or
   * cleaned up.
   */
  private static final class Leftovers {
    static final Set<Path> FILES = ConcurrentHashMap.newKeySet();

    static {
      try {
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> FILES.forEach(OutputFile::deleteQuietly), "heavylegs-temporary-files"));
      } catch (IllegalStateException e) {
        // the process is ending already
      }
    }
  }
}
