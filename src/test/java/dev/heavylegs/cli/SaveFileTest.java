package dev.heavylegs.cli;

import static dev.heavylegs.cli.CliTest.withInput;
import static dev.heavylegs.cli.ScriptedConsultTest.firstLines;
import static dev.heavylegs.cli.ScriptedConsultTest.lines;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heavylegs.cli.CliTest.Run;
import java.io.IOException;
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
 * {@code consult --save FILE} (and the save offered at {@code quit}) replaces only a saved
 * consultation (or, with {@code --force}, another regular file), keeps it private, and {@code
 * --save -} writes to stdout.
 */
class SaveFileTest {

  private static final String ANSWERS = "examples/hot-summer-runner.json";
  private static final String FORMAT = "heavylegs-consultation/1";

  @TempDir Path tmp;

  private static String mode(Path file) throws IOException {
    return PosixFilePermissions.toString(
        Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
  }

  private static String format(Path file) throws IOException {
    return new ObjectMapper().readTree(file.toFile()).path("format").asText();
  }

  private String files() throws IOException {
    try (Stream<Path> files = Files.list(tmp)) {
      return String.join(" ", files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aFileThatIsNotASavedConsultationIsKeptUnlessForced() throws IOException {
    Path notes = Files.writeString(tmp.resolve("n.txt"), "keep\n");

    Run report = withInput("", "consult", "--answers", ANSWERS, "--save", notes.toString());
    Run interview = withInput(firstLines(2), "consult", "--save", notes.toString());

    for (Run refused : new Run[] {report, interview}) {
      assertThat(refused.exitCode()).isEqualTo(2);
      assertThat(refused.out()).isEmpty();
      assertThat(refused.err())
          .isEqualTo(
              "heavylegs: cannot save to "
                  + notes
                  + ": it exists and is not a saved consultation; use --force to replace it\n");
    }
    assertThat(Files.readString(notes)).isEqualTo("keep\n");

    Run forced = withInput(firstLines(2), "consult", "--save", notes.toString(), "--force");
    assertThat(forced.exitCode()).isEqualTo(4);
    assertThat(format(notes)).isEqualTo(FORMAT);
    assertThat(new ObjectMapper().readTree(notes.toFile()).path("answers").size())
        .as("saved after each answer")
        .isEqualTo(2);
  }

  @Test
  void aFolderOrANamedPipeIsRefusedEvenWithForce() throws Exception {
    Path fifo = tmp.resolve("fifo");
    Assertions.assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    Path folder = Files.createDirectory(tmp.resolve("folder"));

    Run toFifo =
        withInput("", "consult", "--answers", ANSWERS, "--save", fifo.toString(), "--force");
    Run toFolder = withInput(firstLines(1), "consult", "--save", folder.toString(), "--force");

    assertThat(toFifo.exitCode()).isEqualTo(2);
    assertThat(toFifo.err())
        .isEqualTo(
            "heavylegs: cannot save to "
                + fifo
                + ": it is a named pipe (FIFO), not a regular file\n");
    assertThat(toFolder.exitCode()).isEqualTo(2);
    assertThat(toFolder.err())
        .isEqualTo(
            "heavylegs: cannot save to " + folder + ": it is a folder, not a regular file\n");
    assertThat((Integer) Files.getAttribute(fifo, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000)
        .as("still a FIFO")
        .isEqualTo(0010000);
    assertThat(files()).isEqualTo("fifo folder");
  }

  @Test
  void atTheQuitPromptANamedPipeOrAnotherFileIsLeftAsItIs() throws Exception {
    Path fifo = tmp.resolve("fifo");
    Assertions.assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    Path later = tmp.resolve("later.json");

    // reading a named pipe to see whether it is a saved consultation would wait for a writer
    // forever
    Run run =
        Assertions.assertTimeoutPreemptively(
            Duration.ofSeconds(30),
            () ->
                withInput(
                    lines("none", "30", "quit", fifo.toString(), later.toString()), "consult"));

    assertThat(run.err())
        .contains(
            "  " + fifo + " is a named pipe (FIFO), not a regular file; it is left as it is.",
            "Saved. Resume with: heavylegs consult --resume " + later);
    assertThat(format(later)).isEqualTo(FORMAT);
    assertThat(mode(later)).isEqualTo("rw-------");
  }

  @Test
  void aNewSaveIsPrivateAndAResumedOneKeepsItsPermissions() throws IOException {
    Path saved = tmp.resolve("saved.json");
    withInput(firstLines(2), "consult", "--save", saved.toString());
    assertThat(mode(saved)).isEqualTo("rw-------");

    Files.setPosixFilePermissions(saved, PosixFilePermissions.fromString("rw-r-----"));
    withInput(lines("moderate"), "consult", "--resume", saved.toString());

    assertThat(new ObjectMapper().readTree(saved.toFile()).path("answers").size()).isEqualTo(3);
    assertThat(mode(saved)).isEqualTo("rw-r-----");
    assertThat(files()).isEqualTo("saved.json");
  }

  @Test
  void aSymbolicLinkToASavedConsultationIsWrittenThroughAndStaysALink() throws IOException {
    Path real = tmp.resolve("real.json");
    withInput(firstLines(2), "consult", "--save", real.toString());
    Path link = Files.createSymbolicLink(tmp.resolve("link.json"), real.getFileName());

    Run run = withInput(lines("moderate"), "consult", "--resume", link.toString());

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(new ObjectMapper().readTree(real.toFile()).path("answers").size()).isEqualTo(3);
    assertThat(files()).isEqualTo("link.json real.json");
  }

  @Test
  void saveDashWritesTheConsultationToStdoutAndTheReportToStderr() throws IOException {
    Run run = withInput("", "consult", "--answers", ANSWERS, "--save", "-");

    assertThat(run.exitCode()).isZero();
    JsonNode saved = new ObjectMapper().readTree(run.out());
    assertThat(saved.path("format").asText()).isEqualTo(FORMAT);
    assertThat(saved.path("answers").path("temperature-c").asInt()).isEqualTo(31);
    assertThat(run.err())
        .contains("LIKELY CAUSES, strongest first", "1. Hot weather  (strength 6)");
    assertThat(Files.exists(Path.of("-"))).isFalse();
  }

  @Test
  void saveDashInAnInterviewIsRefusedBeforeAnyQuestion() {
    Run run = withInput(firstLines(2), "consult", "--save", "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith(
            "heavylegs consult: --save -: the consultation goes to stdout only with --answers")
        .doesNotContain("Which of these")
        .hasLineCount(1);
    assertThat(Files.exists(Path.of("-"))).isFalse();
  }
}
