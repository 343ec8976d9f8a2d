package dev.heavylegs.batch;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.heavylegs.ShippedKbase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A batch whose output breaks (a closed pipe, a full disk) stops with the error; it does not hang.
 */
class BatchRunnerTest {

  /** An output that takes {@code limit} bytes, then fails as a closed pipe does. */
  private static OutputStream breakingAfter(int limit) {
    return new OutputStream() {
      private int written;

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        written += length;
        if (written > limit) {
          throw new IOException("Broken pipe");
        }
      }
    };
  }

  @Test
  void aFailingOutputStopsTheBatchWithItsError() {
    // far more lines than the window of chunks in flight, so reading would block on a dead writer
    String input = "{\"temperature-c\": 31, \"symptoms\": [\"thirst\"]}\n".repeat(20_000);
    BatchRunner runner =
        new BatchRunner(ShippedKbase.get(), new BatchRunner.Options(2, true, false));

    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () ->
            assertThatThrownBy(
                    () ->
                        runner.run(
                            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                            breakingAfter(100_000),
                            done -> {}))
                .hasMessageContaining("Broken pipe"));
  }
}
