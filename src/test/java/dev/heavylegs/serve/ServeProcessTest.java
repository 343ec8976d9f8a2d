package dev.heavylegs.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code heavylegs serve} as a process: it listens on 127.0.0.1, and SIGTERM lets the request in
 * flight finish, then the process exits 0.
 */
class ServeProcessTest {

  private static final Pattern URL = Pattern.compile("on (http://127\\.0\\.0\\.1:\\d+)");

  @Test
  void sigtermFinishesTheRequestInFlightThenExitsZero() throws Exception {
    Process server =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dheavylegs.cache=off",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.heavylegs.Main",
                "serve",
                "--port",
                "0",
                "--kbase",
                "kbase")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      BufferedReader err =
          new BufferedReader(
              new InputStreamReader(server.getErrorStream(), StandardCharsets.UTF_8));
      String line = err.readLine();
      assertThat(line).as("the serving line").isNotNull();
      Matcher url = URL.matcher(line);
      assertThat(url.find()).as(line).isTrue();
      Http http = new Http(url.group(1));
      assertThat(http.get("/api/v1/health").status()).isEqualTo(200);

      // A batch long enough to be in flight when the signal comes.
      int profiles = 4_000;
      String lines = "{\"temperature-c\": 31, \"symptoms\": [\"thirst\"]}\n".repeat(profiles);
      CompletableFuture<HttpResponse<InputStream>> response =
          http.client()
              .sendAsync(
                  HttpRequest.newBuilder(URI.create(url.group(1) + "/api/v1/batch"))
                      .header("Content-Type", "application/x-ndjson")
                      .POST(HttpRequest.BodyPublishers.ofString(lines))
                      .build(),
                  HttpResponse.BodyHandlers.ofInputStream());
      HttpResponse<InputStream> streaming = response.get(60, TimeUnit.SECONDS); // records coming
      server.toHandle().destroy(); // SIGTERM (Process.destroy would also close its pipes)

      List<String> records;
      try (BufferedReader body =
          new BufferedReader(new InputStreamReader(streaming.body(), StandardCharsets.UTF_8))) {
        records = body.lines().toList();
      }
      assertThat(streaming.statusCode()).isEqualTo(200);
      assertThat(records).hasSize(profiles);
      assertThat(records.get(profiles - 1)).contains("\"causes\"");
      assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(server.exitValue()).isZero();
      assertThat(err.lines().toList()).anyMatch(l -> l.contains("stopping"));
      try {
        http.get("/api/v1/health");
        throw new AssertionError("still listening after it stopped");
      } catch (java.io.UncheckedIOException e) {
        assertThat(e.getCause()).isInstanceOf(ConnectException.class);
      }
    } finally {
      server.destroyForcibly();
    }
  }
}
