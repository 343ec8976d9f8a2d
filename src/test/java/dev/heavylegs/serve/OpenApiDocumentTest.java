package dev.heavylegs.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document served at /api/v1/openapi.json against the real service: every path it lists
 * answers, and every response's top-level fields are the ones it documents (all the required ones,
 * none it does not list).
 */
class OpenApiDocumentTest {

  private final Http http = ShippedService.client();

  /** A request each documented operation answers with 200. */
  private static final Map<String, String> VALID_BODIES =
      Map.of(
          "/api/v1/consultations", "{\"answers\": {\"symptoms\": [\"chest-pain\"]}}",
          "/api/v1/explain",
              "{\"answers\": {\"temperature-c\": 31, \"run-duration-min\": 90}, \"target\": \"hot-weather\"}",
          "/api/v1/what-if",
              "{\"answers\": {\"temperature-c\": 31}, \"changes\": {\"temperature-c\": \"unknown\"}}",
          "/api/v1/batch", "{\"id\": 1, \"temperature-c\": 31}\n");

  @Test
  void everyDocumentedPathAnswersWithTheFieldsTheDocumentLists() {
    JsonNode doc = http.get("/api/v1/openapi.json").json();
    assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
    List<String> checked = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        Http.Reply reply = call(op.getKey(), path.getKey());
        assertThat(reply.status()).as("%s %s", op.getKey(), path.getKey()).isEqualTo(200);
        JsonNode documented = op.getValue().path("responses").path("200").path("content");
        if (documented.has("application/json")) {
          assertFieldsMatch(
              reply.json(),
              documented.path("application/json").path("schema"),
              op.getKey() + " " + path.getKey());
        } else {
          assertThat(reply.contentType()).startsWith(documented.fieldNames().next());
        }
        checked.add(op.getKey() + " " + path.getKey());
      }
    }
    assertThat(checked).hasSize(8);
  }

  @Test
  void problemDocumentsHaveTheFieldsTheDocumentLists() {
    JsonNode schema = http.get("/api/v1/openapi.json").json().at("/components/schemas/Problem");
    for (Http.Reply reply :
        List.of(
            http.postJson("/api/v1/consultations", "{\"answers\": {\"temperature-c\": \"x\"}}"),
            http.postJson(
                "/api/v1/consultations",
                "{\"answers\": {\"runs-per-week\": 10, \"rest-days-per-week\": 3}}"),
            http.get("/api/v1/nothing"),
            http.post("/api/v1/consultations", "text/plain", "{}"))) {
      assertFieldsMatch(reply.json(), schema, reply.body());
    }
  }

  private Http.Reply call(String method, String path) {
    if (method.equals("get")) {
      return http.get(path);
    }
    String body = VALID_BODIES.get(path);
    assertThat(body).as("a test request for POST %s", path).isNotNull();
    return path.endsWith("/batch")
        ? http.post(path, "application/x-ndjson", body)
        : http.postJson(path, body);
  }

  private static void assertFieldsMatch(JsonNode response, JsonNode schema, String what) {
    Set<String> listed = new LinkedHashSet<>();
    schema.path("properties").fieldNames().forEachRemaining(listed::add);
    Set<String> required = new LinkedHashSet<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    Set<String> found = new LinkedHashSet<>();
    response.fieldNames().forEachRemaining(found::add);
    assertThat(listed).as("%s: documented fields", what).isNotEmpty();
    assertThat(found).as("%s: fields not in the document", what).isSubsetOf(listed);
    assertThat(found).as("%s: required fields", what).containsAll(required);
  }

  @Test
  void everyOperationDocumentsTheProblemsItCanGive() {
    JsonNode doc = http.get("/api/v1/openapi.json").json();
    JsonNode consultations = doc.at("/paths/~1api~1v1~1consultations/post/responses");
    for (String status : List.of("400", "405", "413", "415", "503")) {
      assertThat(consultations.has(status)).as(status).isTrue();
    }
    Http.Reply notAllowed =
        http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/rules")).DELETE());
    assertThat(notAllowed.status()).isEqualTo(405);
    assertThat(doc.at("/paths/~1api~1v1~1rules/get/responses").has("405")).isTrue();
  }

  private String base() {
    return http.get("/api/v1/health").raw().uri().resolve("/").toString().replaceAll("/$", "");
  }
}
