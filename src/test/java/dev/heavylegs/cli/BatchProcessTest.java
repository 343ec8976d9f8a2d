package dev.heavylegs.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code heavylegs batch} as a separate process, where only a real JVM shows it: stopped by
 * SIGTERM, out of memory, given a line far larger than its heap, or a disk that takes no more.
 */
class BatchProcessTest {

  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final String EARLIER_OUTPUT = "{\"id\":7,\"causes\":[],\"conditions\":[]}\n";
  private static final String PROFILE =
      "{\"temperature-c\": 31, \"symptoms\": [\"thirst\", \"muscle-cramps\"],"
          + " \"shoe-distance-km\": 900}\n";

  @TempDir Path tmp;

  /**
   * {@code java OPTIONS -cp <test classpath> dev.heavylegs.Main batch ARGS}, as a small-heap batch.
   */
  private static List<String> batch(List<String> javaOptions, String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-XX:-UsePerfData",
                "-Xmx160m",
                "-Dheavylegs.cache=off",
                "-Dheavylegs.stdin.tty=false"));
    command.addAll(javaOptions);
    command.addAll(
        List.of("-cp", System.getProperty("java.class.path"), "dev.heavylegs.Main", "batch"));
    command.addAll(List.of(args));
    return command;
  }

  private String files() throws IOException {
    try (Stream<Path> files = Files.list(tmp)) {
      return String.join(" ", files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  private static String stderr(Process process) throws IOException {
    return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  private static int exitCode(Process process) throws InterruptedException {
    if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the batch did not end within " + PATIENCE);
    }
    return process.exitValue();
  }

  @Test
  void sigtermMidBatchLeavesTheEarlierOutputAndNoTemporaryFile() throws Exception {
    Path out = Files.writeString(tmp.resolve("out.jsonl"), EARLIER_OUTPUT);
    Process process = new ProcessBuilder(batch(List.of(), "--out", out.toString())).start();
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write(PROFILE.repeat(2_000).getBytes(StandardCharsets.UTF_8));
      stdin.flush(); // and stdin stays open: the batch waits for more, half-way through
      Instant deadline = Instant.now().plus(PATIENCE);
      while (!partWritten() && Instant.now().isBefore(deadline)) {
        Thread.sleep(50);
      }
      assertThat(partWritten()).as("the batch has written records to its temporary file").isTrue();

      process.destroy(); // SIGTERM

      assertThat(exitCode(process)).isEqualTo(143);
    } finally {
      process.destroyForcibly();
    }
    assertThat(files()).isEqualTo("out.jsonl");
    assertThat(Files.readString(out)).isEqualTo(EARLIER_OUTPUT);
  }

  private boolean partWritten() throws IOException {
    try (Stream<Path> files = Files.list(tmp)) {
      return files.anyMatch(
          f -> f.getFileName().toString().endsWith(".part") && f.toFile().length() > 0);
    }
  }

  @Test
  void runningOutOfMemoryEndsTheProcessWithExit1AndOneLine() throws Exception {
    // /dev/zero is one endless line; a limit larger than the heap lets it fill the memory
    Path out = tmp.resolve("out.jsonl");
    Process process =
        new ProcessBuilder(
                batch(
                    List.of(),
                    "--in",
                    "/dev/zero",
                    "--out",
                    out.toString(),
                    "--max-line-bytes",
                    "1073741824"))
            .start();
    try {
      int code = exitCode(process);

      assertThat(stderr(process))
          .isEqualTo(
              "heavylegs: the batch stopped on a fatal error: "
                  + "java.lang.OutOfMemoryError: Java heap space; "
                  + out
                  + " was not written\n");
      assertThat(code).isEqualTo(1);
    } finally {
      process.destroyForcibly();
    }
    assertThat(files()).isEmpty();
  }

  @Test
  void aLineThatOutgrowsTheHeapWhileEvaluatedEndsTheProcessWithExit1() throws Exception {
    // 20 MB of text is read whole (the limit is 30 MB), then parsed by a worker into 5 million
    // nodes
    Process process = new ProcessBuilder(batch(List.of(), "--max-line-bytes", "30000000")).start();
    try {
      Assertions.assertTimeoutPreemptively(
          PATIENCE,
          () -> {
            try (OutputStream stdin = process.getOutputStream()) {
              stdin.write(
                  ("{\"id\": 1, \"symptoms\": ["
                          + "\"a\",".repeat(5_000_000)
                          + "\"a\"]}\n{\"id\": 2}\n")
                      .getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
              // the batch may end before it has read everything
            }
            assertThat(exitCode(process)).isEqualTo(1);
            assertThat(stderr(process))
                .isEqualTo(
                    "heavylegs: the batch stopped on a fatal error: "
                        + "java.lang.OutOfMemoryError: Java heap space\n");
            assertThat(process.getInputStream().readAllBytes()).isEmpty();
          });
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void aLineOf150MegabytesIsAnErrorRecordInAHeapOf160() throws Exception {
    Process process = new ProcessBuilder(batch(List.of(), "--no-explain")).start();
    try {
      Assertions.assertTimeoutPreemptively(
          PATIENCE,
          () -> {
            try (OutputStream stdin = process.getOutputStream()) {
              byte[] megabyte = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
              for (int i = 0; i < 150; i++) {
                stdin.write(megabyte);
              }
              stdin.write("\n{\"id\": 2}\n".getBytes(StandardCharsets.UTF_8));
            }
            String records =
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(exitCode(process)).isZero();
            assertThat(records)
                .isEqualTo(
                    "{\"id\":null,\"line\":1,\"error\":\"line 1 is longer than 1048576 bytes\"}\n"
                        + "{\"id\":2,\"causes\":[],\"conditions\":[],\"recommendations\":[],\"referrals\":[],"
                        + "\"redFlagsChecked\":false}\n");
          });
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void aWriteErrorNamesTheOutputFileAndLeavesNothing() throws Exception {
    Path in = Files.writeString(tmp.resolve("in.jsonl"), PROFILE.repeat(2_000));
    Path out = tmp.resolve("out.jsonl");
    // A file size limit makes writing past 64 blocks fail (EFBIG), as a full disk fails (ENOSPC).
    List<String> java = batch(List.of(), "--in", in.toString(), "--out", out.toString());
    String command =
        "ulimit -f 64 && exec " + String.join(" ", java.stream().map(w -> "'" + w + "'").toList());
    Process process = new ProcessBuilder("sh", "-c", command).start();
    try {
      int code = exitCode(process);

      assertThat(stderr(process))
          .isEqualTo("heavylegs: cannot write " + out + ": File too large\n");
      assertThat(code).isEqualTo(2);
    } finally {
      process.destroyForcibly();
    }
    assertThat(files()).isEqualTo("in.jsonl");
  }
}
