package dev.heavylegs.serve;

/** The service's own words: problem titles and the few lines it prints. */
final class ServeMessages {

  private ServeMessages() {}

  static String title(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 413 -> "Request body too large";
      case 415 -> "Unsupported media type";
      case 503 -> "No knowledge base loaded";
      case 500 -> "Internal error";
      default -> "HTTP " + status;
    };
  }

  static String noKnowledgeBase(String location) {
    return "no knowledge base without errors is loaded from "
        + location
        + " yet; see GET /api/v1/health";
  }

  static String tooLarge(long limit) {
    return "request body: larger than " + limit + " bytes";
  }

  static String notUtf8() {
    return "request body: not valid UTF-8";
  }

  static String wrongContentType(String found, String expected) {
    return "request body: Content-Type "
        + (found == null || found.isBlank() ? "missing" : found)
        + "; this endpoint takes "
        + expected;
  }

  static String notFound(String method, String path) {
    return "no such resource: "
        + method
        + " "
        + path
        + " (the API is under /api/v1; see /api/v1/openapi.json)";
  }

  static String methodNotAllowed(String method, String path, String allowed) {
    return method + " is not allowed on " + path + "; use " + allowed;
  }

  static String internal() {
    return "heavylegs: internal error; the request was not completed (details in the server log)";
  }

  static String serving(String url, String location, String version, boolean watching) {
    return "heavylegs: serving "
        + location
        + " ("
        + version
        + ") on "
        + url
        + (watching ? ", reloading when its files change" : "")
        + "; Ctrl-C stops";
  }

  static String servingWithout(String url, String location) {
    return "heavylegs: serving on "
        + url
        + " with no knowledge base yet: "
        + location
        + " has errors; watching it for a fix; Ctrl-C stops";
  }

  static String reloaded(String version) {
    return "heavylegs: knowledge base reloaded (" + version + ")";
  }

  static String refused(int errors) {
    return "heavylegs: the edited knowledge base has "
        + errors
        + " error(s) and was refused; still serving the last good one";
  }

  static String stopping() {
    return "heavylegs: stopping; requests in flight are finished first";
  }
}
