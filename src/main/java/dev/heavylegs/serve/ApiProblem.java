package dev.heavylegs.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the service refuses, as an RFC 9457 problem document: the status, a title, and a detail
 * in the same words the command line uses, naming the field, question and value where there is one.
 * Thrown by the endpoints and written by {@link HttpService}.
 */
final class ApiProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String kind;
  private final String field;
  private final transient List<String> questions;
  private final transient Object value;

  private ApiProblem(
      int status, String kind, String detail, String field, List<String> questions, Object value) {
    super(detail, null, false, false); // a refusal, not a failure: no stack trace is ever made
    this.status = status;
    this.kind = kind;
    this.field = field;
    this.questions = List.copyOf(questions);
    this.value = value;
  }

  /** 400: a value that does not fit the question it answers. */
  static ApiProblem invalidAnswer(String detail, String field, String question, Object value) {
    return new ApiProblem(
        400,
        "invalid-answer",
        detail,
        field,
        question == null ? List.of() : List.of(question),
        value);
  }

  /** 400: answers that do not fit one another; every question involved is named. */
  static ApiProblem inconsistentAnswers(String detail, String field, List<String> questions) {
    return new ApiProblem(400, "inconsistent-answers", detail, field, questions, null);
  }

  /** 400: a request body that is not the JSON the endpoint takes. */
  static ApiProblem badRequest(String detail, String field) {
    return new ApiProblem(400, "bad-request", detail, field, List.of(), null);
  }

  static ApiProblem notFound(String detail, String field) {
    return new ApiProblem(404, "not-found", detail, field, List.of(), null);
  }

  static ApiProblem methodNotAllowed(String detail) {
    return new ApiProblem(405, "method-not-allowed", detail, null, List.of(), null);
  }

  static ApiProblem tooLarge(String detail) {
    return new ApiProblem(413, "body-too-large", detail, null, List.of(), null);
  }

  static ApiProblem unsupportedMediaType(String detail) {
    return new ApiProblem(415, "unsupported-media-type", detail, null, List.of(), null);
  }

  static ApiProblem noKnowledgeBase(String detail) {
    return new ApiProblem(503, "no-knowledge-base", detail, null, List.of(), null);
  }

  static ApiProblem internal(String detail) {
    return new ApiProblem(500, "internal-error", detail, null, List.of(), null);
  }

  /** A status Jetty or Javalin decided (a malformed request line, say). */
  static ApiProblem ofStatus(int status, String detail) {
    return new ApiProblem(status, "about:blank", detail, null, List.of(), null);
  }

  int status() {
    return status;
  }

  /** The problem document; {@code kbaseVersion} is added when a knowledge base is loaded. */
  Map<String, Object> document(String kbaseVersion) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("type", kind.equals("about:blank") ? kind : "/problems/" + kind);
    doc.put("title", ServeMessages.title(status));
    doc.put("status", status);
    doc.put("detail", getMessage());
    if (field != null) {
      doc.put("field", field);
    }
    if (!questions.isEmpty()) {
      doc.put("question", questions.get(0));
    }
    if (questions.size() > 1) {
      doc.put("questions", questions);
    }
    if (value != null) {
      doc.put("value", value);
    }
    if (kbaseVersion != null) {
      doc.put("kbaseVersion", kbaseVersion);
    }
    return doc;
  }
}
