package dev.heavylegs.cli;

import static dev.heavylegs.cli.CliTest.heavylegs;
import static dev.heavylegs.cli.CliTest.withInput;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heavylegs.cli.CliTest.Run;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code heavylegs batch} reads lines as JSON Lines defines them, whatever bytes they hold, and its
 * options and summary line are the same in every locale.
 */
class BatchLinesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir java.nio.file.Path tmp;

  private static List<JsonNode> records(String out) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (String line : out.split("\n")) {
      records.add(JSON.readTree(line));
    }
    return records;
  }

  /** Runs a batch on {@code input} as a stream of bytes (which need not be text). */
  private static Run batch(InputStream input, String... options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> args = new ArrayList<>(List.of("batch", "--no-explain"));
    args.addAll(List.of(options));
    int code =
        Cli.run(
            args.toArray(String[]::new),
            new StandardInput(input, false),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static InputStream bytes(byte[]... parts) {
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return new java.io.ByteArrayInputStream(all.toByteArray());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** {@code count} copies of {@code b}, made as they are read, never held whole. */
  private static InputStream repeated(byte b, long count) {
    return new InputStream() {
      private long left = count;

      @Override
      public int read() {
        return left-- > 0 ? b : -1;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(length, left);
        java.util.Arrays.fill(buffer, offset, offset + n, b);
        left -= n;
        return n;
      }
    };
  }

  @Test
  void aBareCarriageReturnInsideALineIsPartOfItAndTheLineNumbersStayRight() throws IOException {
    Run run =
        withInput(
            "{\"id\":1,\r\"months-running\":3}\n{\"id\":2}\nbroken\n", "batch", "--no-explain");

    List<JsonNode> records = records(run.out());
    assertThat(records).hasSize(3);
    assertThat(records.get(0).path("id").asInt()).isEqualTo(1);
    assertThat(records.get(0).path("conditions").toString())
        .contains("new-runner"); // months-running was read
    assertThat(records.get(1).path("id").asInt()).isEqualTo(2);
    assertThat(records.get(2).path("line").asInt()).isEqualTo(3);
    assertThat(run.err()).startsWith("batch: 3 profiles, 1 errors, ");
  }

  @Test
  void aLineThatIsNotUtf8IsAnErrorRecordAndTheNextLinesGoOn() throws IOException {
    Run run =
        batch(
            bytes(
                utf8("{\"id\": 1}\n{\"id\": \"caf"),
                new byte[] {(byte) 0xE9},
                utf8("\"}\n"),
                utf8("{\"id\": \"\uFFFD as written\"}\n{\"id\": 4}\n")));

    List<JsonNode> records = records(run.out());
    assertThat(records).hasSize(4);
    assertThat(records.get(1).toString())
        .isEqualTo(
            "{\"id\":null,\"line\":2,\"error\":\"line 2 is not valid UTF-8: byte 0xE9 at byte 12 of the line\"}");
    assertThat(records.get(2).path("id").asText())
        .as("a U+FFFD written in UTF-8 is a character like any other")
        .isEqualTo("\uFFFD as written");
    assertThat(records.get(3).path("id").asInt()).isEqualTo(4);
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void aLineLongerThanTheLimitIsAnErrorRecordWithoutBeingHeldAndTheNextLineIsRead()
      throws IOException {
    // 3 MB of NUL bytes, as /dev/zero gives, made as they are read
    InputStream input =
        new SequenceInputStream(repeated((byte) 0, 3_000_000), bytes(utf8("\n{\"id\": 2}\n")));
    Run defaults = batch(input);
    Run limited =
        withInput(
            "{\"id\": 1}\n{\"id\": 2, \"temperature-c\": 31}\r\n{\"id\": 3}\n",
            "batch",
            "--no-explain",
            "--max-line-bytes",
            "20");

    assertThat(records(defaults.out()))
        .extracting(JsonNode::toString)
        .containsExactly(
            "{\"id\":null,\"line\":1,\"error\":\"line 1 is longer than 1048576 bytes\"}",
            "{\"id\":2,\"causes\":[],\"conditions\":[],\"recommendations\":[],\"referrals\":[],\"redFlagsChecked\":false}");
    List<JsonNode> records = records(limited.out());
    assertThat(records).hasSize(3);
    assertThat(records.get(1).toString())
        .isEqualTo("{\"id\":null,\"line\":2,\"error\":\"line 2 is longer than 20 bytes\"}");
    assertThat(records.get(2).path("id").asInt()).isEqualTo(3);
  }

  @Test
  void aLineAsLongAsTheLimitIsReadAlsoWhenItEndsInCarriageReturnNewline() throws IOException {
    String line = "{\"id\": 12345678901}"; // 20 bytes
    Run run =
        withInput(
            line + "\r\n" + line + "\n" + line, "batch", "--no-explain", "--max-line-bytes", "20");

    assertThat(records(run.out()))
        .hasSize(3)
        .allSatisfy(r -> assertThat(r.has("error")).as(r.toString()).isFalse());
  }

  @Test
  void aFolderAsInputIsRefusedAndADeviceIsReadAsTheStreamItIs() {
    Run folder = heavylegs("batch", "--in", tmp.toString());
    Run device = heavylegs("batch", "--in", "/dev/null");

    assertThat(folder.exitCode()).isEqualTo(2);
    assertThat(folder.err())
        .isEqualTo("heavylegs: " + tmp + ": is a folder, not a file of JSON lines\n");
    assertThat(device.exitCode()).isZero();
    assertThat(device.err()).startsWith("batch: 0 profiles, 0 errors, ");
  }

  @Test
  void threadsAndLineLimitOutsideTheirRangeAreOneLineWithExit2() {
    for (String threads : new String[] {"0", "257", "2147483647"}) {
      Run run = withInput("{}\n", "batch", "--threads", threads);

      assertThat(run.exitCode()).as(threads).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .isEqualTo(
              "heavylegs batch: --threads: "
                  + threads
                  + " is not between 1 and 256;"
                  + " see heavylegs batch --help\n");
    }
    Run run = withInput("{}\n", "batch", "--max-line-bytes", "0");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("heavylegs batch: --max-line-bytes: 0 is not between 1 and 1073741824;");
  }

  @Test
  void theSummaryLineAndProgressUseTheSameDigitsInEveryLocale() {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      lines.append("{\"id\": ").append(i).append("}\n");
    }
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY); // writes 10.000 and 0,51
    System.setProperty("heavylegs.stderr.tty", "true");
    Run run;
    try {
      run = withInput(lines.toString(), "batch", "--summary");
    } finally {
      System.clearProperty("heavylegs.stderr.tty");
      Locale.setDefault(before);
    }

    assertThat(run.err())
        .matches(
            "(?s)\\r10,000 profiles, [0-9,]+ profiles/s\\.\\.\\.\\r\\u001b\\[K"
                + "batch: 10000 profiles, 0 errors, [0-9]+\\.[0-9]{2} s, [0-9]{1,3}(,[0-9]{3})* profiles/s\n");
  }
}
