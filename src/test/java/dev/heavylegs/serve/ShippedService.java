package dev.heavylegs.serve;

import dev.heavylegs.ShippedKbase;

/**
 * One service over the shipped knowledge base, on a free port of 127.0.0.1, shared by the tests
 * that only read it (started once: the knowledge base is compiled once for all tests).
 */
final class ShippedService {

  private static HttpService service;

  private ShippedService() {}

  static synchronized Http client() {
    if (service == null) {
      service =
          HttpService.start(
              LiveKnowledgeBase.fixed(ShippedKbase.get()),
              new HttpService.Options("127.0.0.1", 0, 64 * 1024, 256 * 1024, 5_000));
      Runtime.getRuntime().addShutdownHook(new Thread(service::close));
    }
    return new Http(service.url());
  }
}
