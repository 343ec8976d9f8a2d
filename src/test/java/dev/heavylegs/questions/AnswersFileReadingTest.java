package dev.heavylegs.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.questions.file.AnswersReader;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading an answers file from disk: what is not a file of a few KB of UTF-8 text is refused with
 * one line naming it, and nothing endless or huge is read whole first.
 */
class AnswersFileReadingTest {

  private static final int MIB = 1 << 20;

  private final AnswersReader reader = new AnswersReader(ShippedKbase.get().questions());

  @TempDir Path dir;

  @Test
  void aFileLargerThanAMebibyteIsRefusedSayingTheLimit() throws Exception {
    // valid JSON, padded: without the limit it is read (and so would a file of gigabytes be)
    byte[] padded = new byte[MIB + 1];
    Arrays.fill(padded, (byte) ' ');
    padded[0] = '{';
    padded[1] = '}';
    Path file = Files.write(dir.resolve("answers.json"), padded);

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessage(file + ": larger than 1 MiB; an answers file is a few KB");
  }

  @Test
  void aFileOfExactlyTheLimitIsRead() throws Exception {
    byte[] padded = new byte[MIB];
    Arrays.fill(padded, (byte) ' ');
    padded[0] = '{';
    padded[1] = '}';
    Path file = Files.write(dir.resolve("answers.json"), padded);

    assertThat(reader.read(file).given()).isEmpty();
  }

  @Test
  void aPipeIsReadButOneThatDoesNotEndIsCutOffAtTheLimit() throws Exception {
    Path small = fifo("small.json");
    Path endless = fifo("endless.json");
    Thread smallWriter =
        writeInto(small, "{\"temperature-c\": 31}".getBytes(StandardCharsets.UTF_8), 1);
    // 8 MiB, not endless, so that a reader without the limit ends too (and fails this test)
    Thread endlessWriter = writeInto(endless, "{}".getBytes(StandardCharsets.UTF_8), 8 * MIB);

    assertThat(reader.read(small).get("temperature-c")).isPresent();
    assertThatThrownBy(() -> reader.read(endless))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessage(endless + ": larger than 1 MiB; an answers file is a few KB");
    smallWriter.join(10_000);
    endlessWriter.join(10_000);
  }

  @Test
  void aFolderOrADeviceIsRefusedNamingIt() {
    Path device = Path.of("/dev/zero"); // endless: read whole, it filled the memory
    assumeTrue(Files.exists(device), "needs /dev/zero");

    assertThatThrownBy(() -> reader.read(dir))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessage(dir + ": is a folder, not an answers file");
    assertThatThrownBy(() -> reader.read(device))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessage("/dev/zero: is a device, not an answers file");
  }

  @Test
  void textThatIsNotUtf8NamesTheByteAndWhereItIs() throws Exception {
    Path latin1 =
        Files.write(
            dir.resolve("latin1.json"),
            "{\"months-running\": 3,\n \"diet\": \"v\u00e9gan\"}"
                .getBytes(StandardCharsets.ISO_8859_1));
    Path cut = Files.write(dir.resolve("cut.json"), new byte[] {'{', '"', 'a', (byte) 0xC3});
    // as Windows Notepad saves "Unicode": little-endian UTF-16 after its byte-order mark
    Path utf16 =
        Files.write(
            dir.resolve("utf16.json"),
            "\uFEFF{\"months-running\": 3}".getBytes(StandardCharsets.UTF_16LE));

    assertThatThrownBy(() -> reader.read(latin1))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessage(
            latin1 + ": not valid UTF-8 text (byte 0xE9 at offset 33, line 2); save it as UTF-8");
    assertThatThrownBy(() -> reader.read(cut))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessage(
            cut + ": not valid UTF-8 text (byte 0xC3 at offset 3, line 1); save it as UTF-8");
    assertThatThrownBy(() -> reader.read(utf16))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessage(utf16 + ": is UTF-16 text; save it as UTF-8");
  }

  /**
   * A file its reader may not read. Root reads any file whatever its permissions, so as root the
   * file is read by a small program run as the user nobody (with {@code setpriv}).
   */
  @Test
  void aFileThatCannotBeReadSaysPermissionDenied() throws Exception {
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path locked = Files.writeString(dir.resolve("locked.json"), "{\"temperature-c\": 31}");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));

    String message;
    if (!Files.isReadable(locked)) {
      message = messageOf(() -> reader.read(locked));
    } else {
      message = readAsNobody(locked);
    }

    assertThat(message).isEqualTo(locked + ": cannot read: permission denied");
  }

  private interface Read {
    void run() throws InvalidAnswerException;
  }

  private static String messageOf(Read read) {
    try {
      read.run();
      return "read";
    } catch (InvalidAnswerException e) {
      return e.getMessage();
    }
  }

  /** {@code AnswersReader.text(file)} in a JVM run as nobody: its one line, or "read". */
  private String readAsNobody(Path file) throws Exception {
    assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/setpriv")),
        "as root, needs setpriv to read as another user");
    // nobody may not look into root's Maven repository: the classes it needs are copied out
    Path classes = Files.createDirectories(dir.resolve("classpath"));
    List<String> classpath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      String name = path.getFileName().toString();
      if (Files.isDirectory(path) && (name.equals("classes") || name.equals("test-classes"))) {
        // copied too: the checkout may sit in a folder only root may enter (mktemp -d makes one)
        classpath.add(copyReadable(path, classes.resolve(name)).toString());
      } else if (name.startsWith("jackson-") || name.startsWith("snakeyaml")) {
        Path copy = Files.copy(path, classes.resolve(name));
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
        classpath.add(copy.toString());
      }
    }
    Files.setPosixFilePermissions(classes, PosixFilePermissions.fromString("rwxr-xr-x"));
    Process process =
        new ProcessBuilder(
                "/usr/bin/setpriv",
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-cp",
                String.join(File.pathSeparator, classpath),
                ReadAnswersFile.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    String output =
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assumeTrue(
        !output.contains("NoClassDefFoundError")
            && !output.contains("Error: Could not find or load main class"),
        "the classes cannot be read as nobody here: " + output);
    return output;
  }

  /** A copy of the folder {@code from} that every user may read. */
  private static Path copyReadable(Path from, Path to) throws IOException {
    try (var paths = Files.walk(from)) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
          Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
        } else {
          Files.copy(source, target);
          Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        }
      }
    }
    return to;
  }

  private Path fifo(String name) throws Exception {
    Path fifo = dir.resolve(name);
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    } catch (IOException e) {
      assumeTrue(false, "needs mkfifo");
      throw e;
    }
    assumeTrue(mkfifo.waitFor() == 0, "needs mkfifo");
    return fifo;
  }

  /**
   * Writes {@code start}, then spaces up to {@code total} bytes, into {@code fifo}; stops when its
   * reader has gone.
   */
  private static Thread writeInto(Path fifo, byte[] start, int total) {
    Thread writer =
        new Thread(
            () -> {
              try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(start);
                byte[] spaces = new byte[64 * 1024];
                Arrays.fill(spaces, (byte) ' ');
                for (int written = start.length; written < total; written += spaces.length) {
                  out.write(spaces, 0, Math.min(spaces.length, total - written));
                }
              } catch (IOException e) {
                // the reader stopped reading (a broken pipe): as a reader with a limit does
              }
            },
            "fifo-writer");
    writer.setDaemon(true);
    writer.start();
    return writer;
  }
}
