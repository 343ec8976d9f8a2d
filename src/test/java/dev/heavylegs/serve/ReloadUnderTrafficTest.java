package dev.heavylegs.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heavylegs.ShippedKbase;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With --watch, a knowledge base edited while requests run is compiled in the background and
 * swapped in whole: no request fails, the version changes, and a broken edit is refused while the
 * last good base keeps serving.
 */
class ReloadUnderTrafficTest {

  private static final String HOT =
      "{\"answers\": {\"temperature-c\": 28, \"run-duration-min\": 90}}";

  @TempDir Path tmp;

  @Test
  void anEditIsSwappedInWholeAndABrokenOneIsRefusedWhileRequestsRun() throws Exception {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    List<String> log = new CopyOnWriteArrayList<>();
    // The copy starts as the shipped base, compiled once for all tests; reloads compile the edits.
    try (LiveKnowledgeBase live =
            LiveKnowledgeBase.start(
                kbase, dir -> ShippedKbase.get(), KnowledgeBaseLoader::load, true, log::add);
        HttpService service = HttpService.start(live, HttpService.Options.on("127.0.0.1", 0))) {
      Http http = new Http(service.url());
      String before = http.get("/api/v1/health").json().path("kbaseVersion").asText();
      assertThat(causes(http)).contains("hot-weather");

      AtomicBoolean running = new AtomicBoolean(true);
      AtomicInteger answered = new AtomicInteger();
      List<String> failures = new CopyOnWriteArrayList<>();
      Set<String> versions = ConcurrentHashMap.newKeySet();
      List<Thread> clients = new java.util.ArrayList<>();
      for (int i = 0; i < 2; i++) {
        Thread client =
            new Thread(
                () -> {
                  while (running.get()) {
                    try {
                      Http.Reply reply = http.postJson("/api/v1/consultations", HOT);
                      if (reply.status() != 200) {
                        failures.add(reply.status() + " " + reply.body());
                      } else {
                        versions.add(reply.json().path("kbaseVersion").asText());
                        answered.incrementAndGet();
                      }
                      Thread.sleep(2); // traffic, not a load test: the reload needs a core too
                    } catch (RuntimeException e) {
                      failures.add(String.valueOf(e));
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });
        client.start();
        clients.add(client);
      }
      try {
        // An expert raises the heat threshold above 28 °C: hot weather no longer follows.
        ShippedKbase.retune(kbase, "temperature-c", "25", "30");
        JsonNode reloaded = awaitHealth(http, h -> !h.path("kbaseVersion").asText().equals(before));
        String after = reloaded.path("kbaseVersion").asText();
        assertThat(reloaded.path("lastReload").path("accepted").asBoolean()).isTrue();
        assertThat(causes(http)).doesNotContain("hot-weather");

        // A broken edit: refused, and the edited good base keeps serving.
        Files.writeString(
            kbase.resolve("causes/hot-weather.drl"),
            "\nrule \"broken\" when Answer( question == ) then end\n",
            StandardOpenOption.APPEND);
        JsonNode refused =
            awaitHealth(http, h -> !h.path("lastReload").path("accepted").asBoolean(true));
        assertThat(refused.path("status").asText()).isEqualTo("ok");
        assertThat(refused.path("kbaseVersion").asText()).isEqualTo(after);
        assertThat(refused.path("lastReload").path("errors").get(0).asText())
            .matches(".*causes/hot-weather\\.drl:\\d+:\\d+: error: .*");
        int served = answered.get();
        Thread.sleep(300);
        assertThat(answered.get()).as("requests go on after the refusal").isGreaterThan(served);
      } finally {
        running.set(false);
        for (Thread client : clients) {
          client.join(30_000);
        }
      }
      assertThat(failures).isEmpty();
      assertThat(versions).hasSizeGreaterThanOrEqualTo(2).contains(before);
      assertThat(log).anyMatch(line -> line.contains("reloaded"));
    }
  }

  private static List<String> causes(Http http) {
    return http.postJson("/api/v1/consultations", HOT)
        .json()
        .path("report")
        .path("causes")
        .findValuesAsText("id");
  }

  private static JsonNode awaitHealth(Http http, Predicate<JsonNode> condition)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    while (Instant.now().isBefore(deadline)) {
      JsonNode health = http.get("/api/v1/health").json();
      if (condition.test(health)) {
        return health;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the service did not reload within 120 s");
  }
}
