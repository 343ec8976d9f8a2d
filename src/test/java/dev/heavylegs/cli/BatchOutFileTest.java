package dev.heavylegs.cli;

import static dev.heavylegs.cli.CliTest.withInput;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.cli.CliTest.Run;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code heavylegs batch --out FILE} replaces only a regular file an earlier batch wrote (or any
 * regular file with {@code --force}), keeps it private, and leaves nothing half-written.
 */
class BatchOutFileTest {

  private static final String PROFILES = "{\"id\": 1, \"temperature-c\": 31}\n{\"id\": 2}\n";
  private static final String EARLIER_OUTPUT = "{\"id\":7,\"causes\":[],\"conditions\":[]}\n";

  @TempDir Path tmp;

  private static Run batch(String... args) {
    String[] all =
        Stream.concat(Stream.of("batch", "--no-explain"), Stream.of(args)).toArray(String[]::new);
    return withInput(PROFILES, all);
  }

  private String files() throws IOException {
    try (Stream<Path> files = Files.list(tmp)) {
      return String.join(" ", files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  private static String mode(Path file) throws IOException {
    return PosixFilePermissions.toString(
        Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void aFileNoBatchWroteIsKeptUnlessForced() throws IOException {
    Path notes = Files.writeString(tmp.resolve("notes.txt"), "keep\n");

    Run refused = batch("--out", notes.toString());

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err())
        .isEqualTo(
            "heavylegs: cannot write "
                + notes
                + ": it exists and is not the output of a batch; use --force to replace it\n");
    assertThat(Files.readString(notes)).isEqualTo("keep\n");
    Run forced = batch("--out", notes.toString(), "--force");
    assertThat(forced.exitCode()).isZero();
    assertThat(Files.readAllLines(notes)).hasSize(2).allMatch(l -> l.startsWith("{\"id\":"));
  }

  @Test
  void anEarlierBatchOutputAnEmptyFileAndASummaryAreReplaced() throws IOException {
    for (String earlier :
        new String[] {
          EARLIER_OUTPUT,
          "",
          "{\"id\":null,\"line\":1,\"error\":\"x\"}\n",
          "{\n  \"profiles\" : 2,\n  \"errors\" : 0\n}\n",
          "{\"causes\":[]}\n"
        }) {
      Path out = Files.writeString(tmp.resolve("out.jsonl"), earlier);

      Run run = batch("--out", out.toString());

      assertThat(run.exitCode()).as(earlier).isZero();
      assertThat(Files.readAllLines(out)).as(earlier).hasSize(2);
    }
  }

  @Test
  void aFolderANamedPipeOrALinkToNothingIsRefusedAndLeftAsItIs() throws Exception {
    Path fifo = tmp.resolve("fifo");
    Assertions.assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    Path folder = Files.createDirectory(tmp.resolve("folder"));
    Path dangling = Files.createSymbolicLink(tmp.resolve("dangling"), Path.of("nowhere.jsonl"));

    for (String force : new String[] {"--summary", "--force"}) { // without and with --force
      Run toFifo = batch("--out", fifo.toString(), force);
      Run toFolder = batch("--out", folder.toString(), force);
      Run toDangling = batch("--out", dangling.toString(), force);

      assertThat(toFifo.exitCode()).isEqualTo(2);
      assertThat(toFifo.err())
          .isEqualTo(
              "heavylegs: cannot write "
                  + fifo
                  + ": it is a named pipe (FIFO), not a regular file\n");
      assertThat(toFolder.exitCode()).isEqualTo(2);
      assertThat(toFolder.err())
          .isEqualTo(
              "heavylegs: cannot write " + folder + ": it is a folder, not a regular file\n");
      assertThat(toDangling.exitCode()).isEqualTo(2);
      assertThat(toDangling.err())
          .isEqualTo(
              "heavylegs: cannot write "
                  + dangling
                  + ": it is a symbolic link to nowhere.jsonl, which does not exist\n");
    }
    assertThat((Integer) Files.getAttribute(fifo, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000)
        .as("still a FIFO")
        .isEqualTo(0010000);
    assertThat(Files.isSymbolicLink(dangling)).isTrue();
    assertThat(files()).isEqualTo("dangling fifo folder");
  }

  @Test
  void aSymbolicLinkIsWrittenThroughToTheBatchOutputItPointsToAndStaysALink() throws IOException {
    Path real = Files.writeString(tmp.resolve("real.jsonl"), EARLIER_OUTPUT);
    Path link = Files.createSymbolicLink(tmp.resolve("link.jsonl"), real.getFileName());
    Path notes = Files.writeString(tmp.resolve("notes.txt"), "keep\n");
    Path linkToNotes = Files.createSymbolicLink(tmp.resolve("notes-link"), notes.getFileName());

    Run through = batch("--out", link.toString());
    Run refused = batch("--out", linkToNotes.toString());

    assertThat(through.exitCode()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readAllLines(real)).hasSize(2);
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err())
        .contains("cannot write " + linkToNotes + ": it exists and is not the output of a batch");
    assertThat(Files.readString(notes)).isEqualTo("keep\n");
    assertThat(files()).isEqualTo("link.jsonl notes-link notes.txt real.jsonl");
  }

  @Test
  void aNewFileIsPrivateAndAReplacedOneKeepsItsPermissions() throws IOException {
    Path fresh = tmp.resolve("fresh.jsonl");
    Path shared = Files.writeString(tmp.resolve("shared.jsonl"), EARLIER_OUTPUT);
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r-----"));

    assertThat(batch("--out", fresh.toString()).exitCode()).isZero();
    assertThat(batch("--out", shared.toString()).exitCode()).isZero();

    assertThat(mode(fresh)).isEqualTo("rw-------");
    assertThat(mode(shared)).isEqualTo("rw-r-----");
    assertThat(Files.readAllLines(shared)).hasSize(2);
  }

  @Test
  void aRenameThatFailsNamesTheFileAndLeavesNoTemporaryFile() throws IOException {
    Path out = Files.writeString(tmp.resolve("out.jsonl"), EARLIER_OUTPUT);
    // When the input ends, a folder with a file in it takes the output's place: the rename fails.
    InputStream input =
        new ByteArrayInputStream(PROFILES.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            if (n < 0 && !Files.isDirectory(out)) {
              try {
                Files.delete(out);
                Files.writeString(Files.createDirectory(out).resolve("inside"), "x");
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            }
            return n;
          }
        };
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code =
        Cli.run(
            new String[] {"batch", "--out", out.toString()},
            new StandardInput(input, false),
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("heavylegs: cannot write " + out + ": ")
        .doesNotContain(".part")
        .hasLineCount(1);
    assertThat(files()).isEqualTo("out.jsonl");
  }

  @Test
  void aFatalErrorInTheWriterEndsTheBatchWithExit1AndOneLine() {
    String input = "{\"id\": 1}\n".repeat(20_000);
    OutputStream exhausted =
        new OutputStream() {
          @Override
          public void write(int b) {
            throw new OutOfMemoryError("test: no memory left");
          }

          @Override
          public void write(byte[] b, int off, int len) {
            write(0);
          }
        };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    StandardInput stdin =
        new StandardInput(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), false);

    int code =
        Assertions.assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () ->
                Cli.run(
                    new String[] {"batch", "--no-explain"},
                    stdin,
                    new PrintStream(exhausted),
                    new PrintStream(err)));

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo(
            "heavylegs: the batch stopped on a fatal error: java.lang.OutOfMemoryError: test: no memory left\n");
  }
}
