package dev.heavylegs.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heavylegs.kbase.KbaseException;
import dev.heavylegs.kbase.KbaseProblem;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every refusal is a whole problem document (application/problem+json) whose detail has the words
 * the command line would print, never a stack trace.
 */
class ProblemResponsesTest {

  private final Http http = ShippedService.client();

  private static JsonNode problem(Http.Reply reply, int status) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    JsonNode doc = reply.json();
    assertThat(doc.path("status").asInt()).isEqualTo(status);
    assertThat(doc.path("title").asText()).isNotBlank();
    assertThat(doc.path("type").asText()).isNotBlank();
    assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
    return doc;
  }

  @Test
  void anInvalidAnswerNamesTheFieldTheQuestionAndTheValueInTheWordsOfAnAnswersFile() {
    JsonNode doc =
        problem(
            http.postJson(
                "/api/v1/consultations", "{\"answers\": {\"temperature-c\": \"hot-ish\"}}"),
            400);
    assertThat(doc.path("field").asText()).isEqualTo("answers");
    assertThat(doc.path("question").asText()).isEqualTo("temperature-c");
    assertThat(doc.path("value").asText()).isEqualTo("hot-ish");
    assertThat(doc.path("detail").asText()).startsWith("answers: temperature-c: ");
    assertThat(doc.path("kbaseVersion").asText()).startsWith("sha256:");
  }

  @Test
  void anUnknownQuestionIsRefusedWithADidYouMean() {
    JsonNode doc =
        problem(
            http.postJson("/api/v1/consultations", "{\"answers\": {\"temprature-c\": 20}}"), 400);
    assertThat(doc.path("detail").asText())
        .isEqualTo("answers: temprature-c: unknown question (did you mean temperature-c?)");
    assertThat(doc.path("question").asText()).isEqualTo("temprature-c");
  }

  @Test
  void inconsistentAnswersNameBothQuestions() {
    JsonNode doc =
        problem(
            http.postJson(
                "/api/v1/consultations",
                "{\"answers\": {\"runs-per-week\": 10, \"rest-days-per-week\": 3}}"),
            400);
    assertThat(doc.path("type").asText()).isEqualTo("/problems/inconsistent-answers");
    assertThat(
            List.of(doc.path("questions").get(0).asText(), doc.path("questions").get(1).asText()))
        .containsExactlyInAnyOrder("runs-per-week", "rest-days-per-week");
  }

  @Test
  void anUnknownFieldIsAnError() {
    JsonNode doc =
        problem(http.postJson("/api/v1/consultations", "{\"answers\": {}, \"answer\": {}}"), 400);
    assertThat(doc.path("field").asText()).isEqualTo("answer");
    assertThat(doc.path("detail").asText()).contains("unknown field \"answer\"");
    problem(http.get("/api/v1/questions?lang=fr"), 400);
  }

  @Test
  void malformedJsonSaysWhereAsForAnAnswersFile() {
    JsonNode doc = problem(http.postJson("/api/v1/consultations", "{\"answers\": {"), 400);
    assertThat(doc.path("detail").asText()).startsWith("request body: ");
    problem(http.postJson("/api/v1/consultations", "[1, 2]"), 400);
    problem(http.postJson("/api/v1/consultations", "{\"unknown\": \"symptoms\"}"), 400);
  }

  @Test
  void anExplanationOfNothingTheRulesConcludeIsNotFound() {
    JsonNode doc =
        problem(
            http.postJson("/api/v1/explain", "{\"answers\": {}, \"target\": \"moon-phase\"}"), 404);
    assertThat(doc.path("field").asText()).isEqualTo("target");
  }

  @Test
  void anUnknownPathIsNotFoundAndAWrongMethodIsNotAllowed() {
    problem(http.get("/api/v1/nothing-here"), 404);
    problem(http.get("/api/v2/consultations"), 404);
    Http.Reply wrongMethod = http.get("/api/v1/consultations");
    problem(wrongMethod, 405);
    assertThat(wrongMethod.header("Allow")).isEqualTo("POST");
    problem(http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/health")).DELETE()), 405);
  }

  @Test
  void aBodyPastTheLimitIsRefusedWhole() {
    String big = "{\"answers\": {}, \"unknown\": [" + "\"x\",".repeat(40_000) + "\"x\"]}";
    JsonNode doc = problem(http.postJson("/api/v1/consultations", big), 413);
    assertThat(doc.path("detail").asText()).contains("65536");

    String lines = "{\"temperature-c\": 20}\n".repeat(20_000); // past the test's 256 KB
    problem(http.post("/api/v1/batch", "application/x-ndjson", lines), 413);
  }

  @Test
  void aWrongContentTypeIsRefused() {
    JsonNode doc = problem(http.post("/api/v1/consultations", "text/plain", "{}"), 415);
    assertThat(doc.path("detail").asText()).contains("text/plain").contains("application/json");
    problem(http.post("/api/v1/batch", "application/json", "{}\n"), 415);
    problem(http.post("/api/v1/consultations", "application/json; charset=latin1", "{}"), 415);
  }

  @Test
  void withoutAGoodKnowledgeBaseTheServiceIsUnavailable(@TempDir Path dir) throws Exception {
    LiveKnowledgeBase.Loader broken =
        d -> {
          throw new KbaseException(
              List.of(KbaseProblem.error("kbase/causes/x.drl", 3, 7, "no such field")));
        };
    try (LiveKnowledgeBase none = LiveKnowledgeBase.start(dir, broken, broken, true, l -> {});
        HttpService service = HttpService.start(none, HttpService.Options.on("127.0.0.1", 0))) {
      Http down = new Http(service.url());
      JsonNode health = problem(down.get("/api/v1/health"), 503);
      assertThat(health.path("lastReload").path("accepted").asBoolean()).isFalse();
      assertThat(health.path("lastReload").path("errors").get(0).asText())
          .isEqualTo("kbase/causes/x.drl:3:7: error: no such field");
      problem(down.postJson("/api/v1/consultations", "{\"answers\": {}}"), 503);
      problem(down.get("/api/v1/questions"), 503);
    }
  }

  private String base() {
    return http.get("/api/v1/health").raw().uri().resolve("/").toString().replaceAll("/$", "");
  }
}
