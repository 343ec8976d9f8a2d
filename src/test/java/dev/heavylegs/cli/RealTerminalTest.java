package dev.heavylegs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consultation as a separate process: once in a real pseudo-terminal (tmux), checking what a
 * person sees, and once interrupted with SIGINT while a script feeds it.
 */
class RealTerminalTest {

  // generous: each step returns as soon as the screen shows it; a loaded 2-core machine needs it
  private static final Duration PATIENCE = Duration.ofSeconds(150);

  @TempDir Path tmp;

  /**
   * {@code java @<class path file> dev.heavylegs.Main args}, from the project folder. The test
   * class path goes in an argument file: a tmux command holds about 16 KB, and two class paths (the
   * run and the resume) no longer fit in it.
   */
  private static List<String> heavylegs(boolean terminal, String... args) throws IOException {
    Path classPath = Files.createTempFile("heavylegs-test-classpath", ".args");
    classPath.toFile().deleteOnExit();
    Files.writeString(classPath, "-cp \"" + System.getProperty("java.class.path") + "\"\n");
    List<String> command =
        new ArrayList<>(
            List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "@" + classPath,
                "-Dheavylegs.stdin.tty=" + terminal,
                "-Dheavylegs.cache=off",
                "dev.heavylegs.Main"));
    command.addAll(List.of(args));
    return command;
  }

  @Test
  void aPersonAtATerminalSeesTheQuestionsCompletesChoicesAndCtrlCKeepsTheSavedAnswers()
      throws Exception {
    assumeTrue(onPath("tmux"), "tmux is needed for the pseudo-terminal test");
    Path saved = tmp.resolve("saved.json");
    Tmux tmux = new Tmux("heavylegs-test-" + ProcessHandle.current().pid());
    String command = shell(heavylegs(true, "consult", "--save", saved.toString()));
    String resume = shell(heavylegs(true, "consult", "--answers", saved.toString()));
    try {
      tmux.run(
          "new-session",
          "-d",
          "-x",
          "120",
          "-y",
          "50",
          "-c",
          Path.of("").toAbsolutePath().toString(),
          command + "; echo EXIT=$?; " + resume + "; echo RESUMED-EXIT=$?; sleep 30");
      tmux.waitFor(screen -> screen.contains("1. Which of these do you have?"));

      tmux.run("send-keys", "one-sided-calf-sw", "Tab");
      tmux.waitFor(screen -> screen.contains("> one-sided-calf-swelling"));
      tmux.run("send-keys", "Enter");
      // The red flag on a screen of its own, then: stop here or go on.
      String afterRedFlag =
          tmux.waitFor(screen -> screen.contains("Stop here and see your report"));
      assertThat(afterRedFlag.indexOf("!! URGENT: Possible blood clot in the leg"))
          .isPositive()
          .isLessThan(afterRedFlag.indexOf("Stop here and see your report"));
      tmux.run("send-keys", "go on", "Enter");
      java.util.regex.Pattern second =
          java.util.regex.Pattern.compile("\\n2\\. .*\\[([a-z0-9-]+)]");
      String asked = tmux.waitFor(screen -> second.matcher(screen).find());
      java.util.regex.Matcher secondId = second.matcher(asked);
      assertThat(secondId.find()).isTrue();
      assertThat(asked).contains("question 2, about");

      tmux.run("send-keys", "unknown", "Enter");
      tmux.waitFor(screen -> screen.contains("\n3. "));
      tmux.run("send-keys", "C-c");
      String end = tmux.waitFor(screen -> screen.contains("EXIT="));

      assertThat(end)
          .contains("Interrupted.", "resume with: heavylegs consult --resume", "EXIT=130");
      JsonNode consultation = new ObjectMapper().readTree(saved.toFile());
      JsonNode answers = consultation.path("answers");
      assertThat(answers.path("symptoms").toString()).contains("one-sided-calf-swelling");
      assertThat(answers.path(secondId.group(1)).asText()).isEqualTo("unknown");

      // At a terminal, --answers with a saved consultation resumes it where it stopped: the red
      // flag is shown again (a new session), the runner goes on, and the interview numbers on from
      // the two saved answers, as the first run did.
      tmux.waitFor(
          screen ->
              screen.contains("EXIT=130")
                  && screen.indexOf("Stop here and see your report", screen.indexOf("EXIT=130"))
                      > 0);
      tmux.run("send-keys", "go on", "Enter");
      String resumed =
          tmux.waitFor(
              screen ->
                  screen.contains("EXIT=130")
                      && screen.indexOf("\n3. ", screen.indexOf("EXIT=130")) > 0);
      assertThat(resumed.substring(resumed.indexOf("EXIT=130")))
          .contains("!! URGENT: Possible blood clot in the leg")
          .doesNotContain("[" + secondId.group(1) + "]");
      tmux.run("send-keys", "C-d");
      assertThat(tmux.waitFor(screen -> screen.contains("RESUMED-EXIT=")))
          .contains("RESUMED-EXIT=4");
    } finally {
      tmux.run("kill-server");
    }
  }

  /** Whether this JVM ignores SIGINT (bit 2 of the SigIgn mask in /proc/self/status). */
  private static boolean ignoresSigint() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return false;
    }
    return Files.readAllLines(status).stream()
        .filter(line -> line.startsWith("SigIgn:"))
        .map(line -> Long.parseLong(line.substring("SigIgn:".length()).trim(), 16))
        .anyMatch(mask -> (mask & 0x2) != 0);
  }

  @Test
  void sigintWhileAScriptFeedsAnswersLeavesTheSavedFileWhole() throws Exception {
    // A process started in the background by a non-interactive shell has SIGINT ignored, and so
    // has every process it starts: Ctrl-C cannot reach heavylegs there, so there is nothing to
    // test.
    assumeTrue(!ignoresSigint(), "SIGINT is ignored by this test run (started in the background)");
    Path saved = tmp.resolve("saved.json");
    Process process =
        new ProcessBuilder(heavylegs(false, "consult", "--save", saved.toString()))
            .redirectError(tmp.resolve("stderr.txt").toFile())
            .redirectOutput(tmp.resolve("stdout.txt").toFile())
            .start();
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write("none\n30\nmoderate\n".getBytes(StandardCharsets.UTF_8));
      stdin.flush();
      Instant deadline = Instant.now().plus(PATIENCE);
      while (answersIn(saved) < 3 && Instant.now().isBefore(deadline)) {
        Thread.sleep(100);
      }
      new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
      boolean ended = process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS);
      if (!ended) {
        process.destroyForcibly();
      }
      assertThat(ended).as("heavylegs ended after SIGINT").isTrue();
      assertThat(process.exitValue()).isEqualTo(130);
    }
    assertThat(answersIn(saved)).isEqualTo(3);
    assertThat(Files.readString(tmp.resolve("stdout.txt"))).isEmpty();
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("saved.json", "stderr.txt", "stdout.txt");
    }
  }

  private static int answersIn(Path file) {
    try {
      return Files.exists(file)
          ? new ObjectMapper().readTree(file.toFile()).path("answers").size()
          : 0;
    } catch (IOException e) {
      throw new AssertionError("the saved file is not whole JSON: " + e.getMessage(), e);
    }
  }

  private static boolean onPath(String program) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
  }

  private static String shell(List<String> command) {
    return String.join(" ", command.stream().map(RealTerminalTest::quoted).toList());
  }

  private static String quoted(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  /** A private tmux server with one window: keys in, screen out. */
  private record Tmux(String socket) {

    void run(String... args) throws IOException, InterruptedException {
      List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
      command.addAll(List.of(args));
      new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor();
    }

    String screen() throws IOException, InterruptedException {
      Process capture =
          new ProcessBuilder("tmux", "-L", socket, "capture-pane", "-p", "-J", "-S", "-200")
              .redirectErrorStream(true)
              .start();
      String text = new String(capture.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      capture.waitFor();
      return text;
    }

    /**
     * Polls the screen until {@code condition} holds; fails with the screen after {@link
     * #PATIENCE}.
     */
    String waitFor(Predicate<String> condition) throws IOException, InterruptedException {
      Instant deadline = Instant.now().plus(PATIENCE);
      String screen = screen();
      while (!condition.test(screen)) {
        if (Instant.now().isAfter(deadline)) {
          throw new AssertionError(
              "the terminal never showed what was expected; it shows:\n" + screen);
        }
        Thread.sleep(100);
        screen = screen();
      }
      return screen;
    }
  }
}
