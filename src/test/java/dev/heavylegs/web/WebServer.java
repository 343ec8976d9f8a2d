package dev.heavylegs.web;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.serve.HttpService;
import dev.heavylegs.serve.LiveKnowledgeBase;

/**
 * The real service over the shipped knowledge base, on a free port of 127.0.0.1, serving the web
 * page from the class path as `heavylegs serve` does. Started once per test class.
 */
final class WebServer implements AutoCloseable {

  private final HttpService service;

  private WebServer(HttpService service) {
    this.service = service;
  }

  static WebServer start() {
    return new WebServer(
        HttpService.start(
            LiveKnowledgeBase.fixed(ShippedKbase.get()), HttpService.Options.on("127.0.0.1", 0)));
  }

  /** The page's address, ending in a slash. */
  String baseUrl() {
    String url = service.url();
    return url.endsWith("/") ? url : url + "/";
  }

  @Override
  public void close() {
    service.close();
  }
}
