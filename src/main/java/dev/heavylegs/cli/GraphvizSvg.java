package dev.heavylegs.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Renders DOT as SVG with Graphviz's {@code dot}, when it is installed. */
final class GraphvizSvg {

  /** Far beyond the second or so Graphviz takes for a knowledge base of a thousand rules. */
  private static final long TIMEOUT_SECONDS = 60;

  private GraphvizSvg() {}

  static String of(String dot) throws IOException, InterruptedException {
    Process process;
    try {
      process =
          new ProcessBuilder("dot", "-Tsvg").redirectError(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      throw new BadOptionException(
          "--graph svg needs Graphviz's dot, which is not installed here: install graphviz, or"
              + " write --graph dot and render it elsewhere");
    }
    ByteArrayOutputStream svg = new ByteArrayOutputStream();
    Thread reader =
        new Thread(
            () -> {
              try (InputStream in = process.getInputStream()) {
                in.transferTo(svg);
              } catch (IOException e) {
                // dot stopped: its exit code tells
              }
            },
            "graphviz-output");
    reader.start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(dot.getBytes(StandardCharsets.UTF_8));
    }
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("Graphviz's dot did not finish within " + TIMEOUT_SECONDS + " s");
    }
    reader.join();
    if (process.exitValue() != 0) {
      throw new IOException("Graphviz's dot failed (exit " + process.exitValue() + ")");
    }
    return svg.toString(StandardCharsets.UTF_8);
  }
}
