package dev.heavylegs.cli;

import dev.heavylegs.kbase.cache.KbaseCache;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import dev.heavylegs.serve.HttpService;
import dev.heavylegs.serve.LiveKnowledgeBase;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import sun.misc.Signal;

/** {@code heavylegs serve}: the consultation service and the web page, over HTTP. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Serves consultations over HTTP: a JSON API and a web page.",
    description = {
      "Starts an HTTP server with the consultation API under /api/v1 (stateless: the client sends",
      "all its answers each turn and gets the report and the next question back; see",
      "/api/v1/openapi.json) and the web page at /. It listens on 127.0.0.1 unless --host says",
      "otherwise. Ctrl-C or SIGTERM stops it: requests in flight are finished first, then it exits 0."
    })
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8080",
      description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every"
              + " network the machine is on).")
  String host;

  @Option(
      names = "--watch",
      description =
          "Reload the knowledge base when its files change: compiled in the background and swapped"
              + " in whole; one with errors is refused and the last good one keeps serving.")
  boolean watch;

  @Option(
      names = "--max-body-bytes",
      paramLabel = "N",
      defaultValue = "" + HttpService.Options.DEFAULT_MAX_BODY,
      description = "The largest JSON request body (default: ${DEFAULT-VALUE}); larger gets 413.")
  long maxBody;

  @Option(
      names = "--max-batch-bytes",
      paramLabel = "N",
      defaultValue = "" + HttpService.Options.DEFAULT_MAX_BATCH,
      description = "The largest batch request body (default: ${DEFAULT-VALUE}); larger gets 413.")
  long maxBatch;

  @Option(
      names = "--stop-seconds",
      paramLabel = "N",
      defaultValue = "10",
      description =
          "On Ctrl-C or SIGTERM, how long requests in flight may take to finish (default:"
              + " ${DEFAULT-VALUE}).")
  int stopSeconds;

  @Mixin KbaseOption kbase;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65_535) {
      throw new ParameterException(spec.commandLine(), "--port: " + port + " is not 0 to 65535");
    }
    if (maxBody < 1 || maxBatch < 1 || stopSeconds < 0) {
      throw new ParameterException(
          spec.commandLine(),
          "--max-body-bytes, --max-batch-bytes: at least 1; --stop-seconds: 0 or more");
    }
    PrintWriter err = spec.commandLine().getErr();
    CountDownLatch stop = new CountDownLatch(1);
    // Handled, not left to the JVM: its default for SIGTERM exits with 143 before anything is
    // finished; here the requests in flight finish and the exit code is 0.
    Signal.handle(new Signal("TERM"), signal -> stop.countDown());
    Signal.handle(new Signal("INT"), signal -> stop.countDown());
    try (LiveKnowledgeBase live =
        LiveKnowledgeBase.start(
            kbase.directory(),
            dir -> KbaseCache.load(dir, KbaseCache.Settings.fromEnvironment()),
            KnowledgeBaseLoader::load,
            watch,
            line -> {
              err.println(line);
              err.flush();
            })) {
      HttpService service =
          HttpService.start(
              live, new HttpService.Options(host, port, maxBody, maxBatch, stopSeconds * 1000L));
      err.println(
          live.current()
              .map(
                  kb ->
                      HttpService.servingLine(
                          service.url(), kb.location(), kb.contentHash(), watch))
              .orElse(HttpService.servingWithoutLine(service.url(), live.location())));
      err.flush();
      stop.await();
      err.println(HttpService.stoppingLine());
      err.flush();
      service.close();
    }
    return ExitCode.OK;
  }
}
