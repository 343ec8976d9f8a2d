package dev.heavylegs.serve;

import dev.heavylegs.batch.BatchRunner;
import dev.heavylegs.json.JsonText;
import dev.heavylegs.kbase.KnowledgeBase;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of the service (Javalin on Jetty): the routes of API v1, request limits, content
 * types, problem documents for every refusal, and the web page's static files. Every JSON response
 * is made whole before a byte is sent; only a batch streams.
 */
public final class HttpService implements AutoCloseable {

  /**
   * How the service runs.
   *
   * @param host the address to listen on (127.0.0.1 unless asked)
   * @param port the port, 0 for any free one
   * @param maxBodyBytes the largest JSON request body
   * @param maxBatchBytes the largest batch request body
   * @param stopMillis how long requests in flight may take to finish when the service stops
   */
  public record Options(
      String host, int port, long maxBodyBytes, long maxBatchBytes, long stopMillis) {

    public static final long DEFAULT_MAX_BODY = 64 * 1024;
    public static final long DEFAULT_MAX_BATCH = 32L * 1024 * 1024;
    public static final long DEFAULT_STOP_MILLIS = 10_000;

    /** The defaults on {@code host} and {@code port}. */
    public static Options on(String host, int port) {
      return new Options(host, port, DEFAULT_MAX_BODY, DEFAULT_MAX_BATCH, DEFAULT_STOP_MILLIS);
    }
  }

  static final String API = "/api/v1";
  static final String JSON = "application/json";
  static final String PROBLEM_JSON = "application/problem+json";
  static final String NDJSON = "application/x-ndjson";
  private static final String VERSION_HEADER = "X-Kbase-Version";
  private static final String INTERVIEW_HEADER = "X-Interview-Id";
  private static final String PROBLEM_WRITTEN = "heavylegs.problem";
  private static final String WEB_ROOT = "/web";
  private static final String OPENAPI = "/openapi/heavylegs-api-v1.json";
  private static final List<HandlerType> METHODS =
      List.of(
          HandlerType.GET,
          HandlerType.POST,
          HandlerType.PUT,
          HandlerType.PATCH,
          HandlerType.DELETE);

  private static final Logger LOG = LoggerFactory.getLogger(HttpService.class);

  private final LiveKnowledgeBase knowledgeBase;
  private final Options options;
  // Consultations are pure CPU work: evaluated as many at a time as there are cores, the rest
  // wait their turn instead of all running at once and thrashing the caches.
  private final Semaphore evaluating =
      new Semaphore(Runtime.getRuntime().availableProcessors(), true);
  private final Javalin app;
  private final byte[] openApi;

  private HttpService(LiveKnowledgeBase knowledgeBase, Options options) {
    this.knowledgeBase = knowledgeBase;
    this.options = options;
    this.openApi = resource(OPENAPI);
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              // The limits are this class's own (see body()); Javalin's would apply to ctx.body()
              // only.
              config.http.maxRequestSize = Long.MAX_VALUE;
              config.http.generateEtags = false;
              config.router.ignoreTrailingSlashes = true;
              config.jetty.modifyServer(server -> server.setStopTimeout(options.stopMillis()));
              // Lets the requests in flight finish when the server stops (Jetty waits up to the
              // stop timeout for them), while new connections are refused.
              config.jetty.modifyServletContextHandler(
                  context -> context.insertHandler(new GracefulHandler()));
              if (HttpService.class.getResource(WEB_ROOT) != null) {
                config.staticFiles.add(
                    files -> {
                      files.hostedPath = "/";
                      files.directory = WEB_ROOT;
                      files.location = Location.CLASSPATH;
                    });
              }
              routes(config);
            });
  }

  /**
   * Starts the service; it listens once this returns.
   *
   * @throws UncheckedIOException when it cannot listen there (the port is taken, say)
   */
  public static HttpService start(LiveKnowledgeBase knowledgeBase, Options options) {
    HttpService service = new HttpService(knowledgeBase, options);
    try {
      service.app.start(options.host(), options.port());
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      String message =
          "cannot listen on " + options.host() + ":" + options.port() + ": " + cause.getMessage();
      throw new UncheckedIOException(message, new IOException(message, e));
    }
    return service;
  }

  /** The line the command prints once it listens. */
  public static String servingLine(String url, String location, String version, boolean watching) {
    return ServeMessages.serving(url, location, version, watching);
  }

  /** The line printed when it listens with no good knowledge base yet (watching for a fix). */
  public static String servingWithoutLine(String url, String location) {
    return ServeMessages.servingWithout(url, location);
  }

  public static String stoppingLine() {
    return ServeMessages.stopping();
  }

  /** The port listened on (the one chosen, when started on port 0). */
  public int port() {
    return app.port();
  }

  /** The base address, {@code http://host:port}. */
  public String url() {
    String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    return "http://" + host + ":" + port();
  }

  /** Stops listening, lets the requests in flight finish (within the stop timeout), and stops. */
  @Override
  public void close() {
    app.stop();
  }

  private void routes(io.javalin.config.JavalinConfig config) {
    var routes = config.routes;
    route(
        routes,
        HandlerType.POST,
        API + "/consultations",
        ctx ->
            consultationEndpoint(
                ctx, ConsultationApi.CONSULTATION_FIELDS, ConsultationApi::consultation));
    route(
        routes,
        HandlerType.POST,
        API + "/explain",
        ctx -> consultationEndpoint(ctx, ConsultationApi.EXPLAIN_FIELDS, ConsultationApi::explain));
    route(
        routes,
        HandlerType.POST,
        API + "/what-if",
        ctx -> consultationEndpoint(ctx, ConsultationApi.WHAT_IF_FIELDS, ConsultationApi::whatIf));
    route(
        routes,
        HandlerType.GET,
        API + "/questions",
        ctx -> readEndpoint(ctx, ConsultationApi::questions));
    route(
        routes, HandlerType.GET, API + "/rules", ctx -> readEndpoint(ctx, ConsultationApi::rules));
    route(routes, HandlerType.GET, API + "/health", this::health);
    route(routes, HandlerType.POST, API + "/batch", this::batch);
    route(
        routes,
        HandlerType.GET,
        API + "/openapi.json",
        ctx -> {
          noQuery(ctx);
          ctx.status(200).contentType(JSON).result(openApi);
        });

    routes.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e));
    routes.exception(
        HttpResponseException.class,
        (e, ctx) ->
            problem(
                ctx,
                e.getStatus() == 404
                    ? ApiProblem.notFound(
                        ServeMessages.notFound(ctx.method().name(), ctx.path()), null)
                    : ApiProblem.ofStatus(e.getStatus(), "request: " + e.getMessage())));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
          problem(ctx, ApiProblem.internal(ServeMessages.internal()));
        });
    routes.error(
        404,
        ctx -> {
          if (ctx.attribute(PROBLEM_WRITTEN) == null) {
            problem(
                ctx,
                ApiProblem.notFound(ServeMessages.notFound(ctx.method().name(), ctx.path()), null));
          }
        });
    routes.before(
        ctx -> {
          String interview = ctx.header(INTERVIEW_HEADER);
          if (interview != null) {
            ctx.header(INTERVIEW_HEADER, interview);
            LOG.debug("{} {} interview {}", ctx.method(), ctx.path(), interview);
          }
        });
  }

  /** The route, and a 405 naming it for every other method on its path. */
  private static void route(
      io.javalin.config.RoutesConfig routes,
      HandlerType method,
      String path,
      io.javalin.http.Handler handler) {
    routes.addHttpHandler(method, path, handler);
    for (HandlerType other : METHODS) {
      if (!other.equals(method)) {
        routes.addHttpHandler(
            other,
            path,
            ctx -> {
              ctx.header("Allow", method.name());
              throw ApiProblem.methodNotAllowed(
                  ServeMessages.methodNotAllowed(ctx.method().name(), path, method.name()));
            });
      }
    }
  }

  private void consultationEndpoint(Context ctx, List<String> fields, ApiCall call) {
    noQuery(ctx);
    requireContentType(ctx, JSON);
    byte[] body = body(ctx, options.maxBodyBytes());
    KnowledgeBase kb = knowledgeBaseOrUnavailable();
    byte[] bytes;
    evaluating.acquireUninterruptibly();
    try {
      Map<String, Object> doc =
          call.answer(kb, RequestJson.object(body, fields, "{\"answers\": {...}}"));
      bytes = JsonText.compactUtf8(doc);
    } finally {
      evaluating.release();
    }
    send(ctx, 200, JSON, bytes, kb.contentHash());
  }

  private void readEndpoint(Context ctx, Function<KnowledgeBase, Map<String, Object>> call) {
    noQuery(ctx);
    KnowledgeBase kb = knowledgeBaseOrUnavailable();
    json(ctx, 200, JSON, call.apply(kb), kb.contentHash());
  }

  @FunctionalInterface
  private interface ApiCall {
    Map<String, Object> answer(
        KnowledgeBase kb, com.fasterxml.jackson.databind.node.ObjectNode body);
  }

  private void health(Context ctx) {
    noQuery(ctx);
    Optional<KnowledgeBase> kb = knowledgeBase.current();
    Map<String, Object> reload =
        knowledgeBase.lastReload().map(HttpService::reloadJson).orElse(null);
    if (kb.isEmpty()) {
      Map<String, Object> doc =
          ApiProblem.noKnowledgeBase(ServeMessages.noKnowledgeBase(knowledgeBase.location()))
              .document(null);
      if (reload != null) {
        doc.put("lastReload", reload);
      }
      ctx.attribute(PROBLEM_WRITTEN, true);
      json(ctx, 503, PROBLEM_JSON, doc, null);
      return;
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("status", "ok");
    doc.put("kbaseVersion", kb.get().contentHash());
    doc.put("kbase", kb.get().location());
    doc.put("rules", kb.get().rules().all().size());
    doc.put("questions", kb.get().questions().all().size());
    if (reload != null) {
      doc.put("lastReload", reload);
    }
    json(ctx, 200, JSON, doc, kb.get().contentHash());
  }

  private static Map<String, Object> reloadJson(LiveKnowledgeBase.Reload reload) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("at", reload.at().toString());
    m.put("accepted", reload.accepted());
    m.put("kbaseVersion", reload.kbaseVersion());
    if (!reload.accepted()) {
      m.put("errors", reload.errors());
    }
    return m;
  }

  /**
   * {@code POST /api/v1/batch}: JSON Lines in, the records of {@code heavylegs batch} out, streamed
   * as they are made. A body of unknown length is read whole first (up to the limit), so that a
   * body too large is refused with 413 before any record is sent.
   */
  private void batch(Context ctx) throws IOException {
    Map<String, String> query = query(ctx, Set.of("summary", "explain"));
    boolean summary = flag(query, "summary", false);
    boolean explain = flag(query, "explain", true);
    requireContentType(ctx, NDJSON);
    // Read whole before any record is sent: a body too large is refused with 413 before the
    // response begins, and a stop lets the batch finish (Jetty reads no more request bytes once it
    // is stopping, so a batch still reading its body would wait out the stop timeout).
    InputStream in = new ByteArrayInputStream(body(ctx, options.maxBatchBytes()));
    KnowledgeBase kb = knowledgeBaseOrUnavailable();
    int threads = Math.min(Runtime.getRuntime().availableProcessors(), BatchRunner.MAX_THREADS);
    BatchRunner runner = new BatchRunner(kb, new BatchRunner.Options(threads, explain, summary));
    ctx.status(200).contentType(NDJSON).header(VERSION_HEADER, kb.contentHash());
    OutputStream out = ctx.outputStream();
    try {
      runner.run(in, out, done -> {});
      if (summary) {
        out.write('\n');
      }
      out.flush();
    } catch (IOException | RuntimeException e) {
      if (!ctx.res().isCommitted()) {
        throw e;
      }
      // Records were sent already: the response is cut off, never ended as if complete.
      LOG.warn("batch stopped after the response began: {}", String.valueOf(e));
      ServletContextRequest.getServletContextRequest(ctx.req()).getServletChannel().abort(e);
    }
  }

  private static boolean flag(Map<String, String> query, String name, boolean otherwise) {
    String value = query.get(name);
    if (value == null) {
      return otherwise;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "" -> true;
      case "false" -> false;
      default ->
          throw ApiProblem.badRequest(
              "query: " + name + "=" + value + " is not true or false", name);
    };
  }

  private static void noQuery(Context ctx) {
    query(ctx, Set.of());
  }

  /** The query parameters, each once; one the endpoint does not take is refused. */
  private static Map<String, String> query(Context ctx, Set<String> allowed) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> entry : ctx.queryParamMap().entrySet()) {
      if (!allowed.contains(entry.getKey())) {
        throw ApiProblem.badRequest(
            "query: unknown parameter \""
                + entry.getKey()
                + "\""
                + (allowed.isEmpty()
                    ? " (this endpoint takes none)"
                    : " (this endpoint takes " + String.join(", ", allowed) + ")"),
            entry.getKey());
      }
      values.put(entry.getKey(), entry.getValue().isEmpty() ? "" : entry.getValue().get(0));
    }
    return values;
  }

  private KnowledgeBase knowledgeBaseOrUnavailable() {
    return knowledgeBase
        .current()
        .orElseThrow(
            () ->
                ApiProblem.noKnowledgeBase(
                    ServeMessages.noKnowledgeBase(knowledgeBase.location())));
  }

  private static void requireContentType(Context ctx, String expected) {
    String found = ctx.contentType();
    String[] parts = found == null ? new String[] {""} : found.split(";");
    boolean fits = parts[0].strip().equalsIgnoreCase(expected);
    for (int i = 1; i < parts.length && fits; i++) {
      String[] param = parts[i].strip().split("=", 2);
      if (param[0].strip().equalsIgnoreCase("charset")) {
        fits = param.length == 2 && param[1].strip().replace("\"", "").equalsIgnoreCase("utf-8");
      }
    }
    if (!fits) {
      throw ApiProblem.unsupportedMediaType(
          ServeMessages.wrongContentType(found, expected + " (UTF-8)"));
    }
  }

  /** The request body, at most {@code limit} bytes: a longer one is refused whole (413). */
  private static byte[] body(Context ctx, long limit) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      throw tooLarge(ctx, limit);
    }
    try (InputStream in = ctx.bodyInputStream()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
      byte[] buffer = new byte[8192];
      long total = 0;
      int read;
      while ((read = in.read(buffer)) >= 0) {
        total += read;
        if (total > limit) {
          throw tooLarge(ctx, limit);
        }
        bytes.write(buffer, 0, read);
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw ApiProblem.badRequest("request body: could not be read: " + e.getMessage(), null);
    }
  }

  /** A body read past this is not read on: the connection is closed after the 413 instead. */
  private static final long DRAINED_AT_MOST = 16L * 1024 * 1024;

  /**
   * The 413 for a body over {@code limit}. The rest of a body of moderate size is read and dropped
   * first: a client still sending it would otherwise see the connection reset, not the answer.
   */
  private static ApiProblem tooLarge(Context ctx, long limit) {
    ctx.header("Connection", "close");
    try {
      InputStream in = ctx.bodyInputStream();
      byte[] sink = new byte[8192];
      long dropped = 0;
      int read;
      while (dropped < DRAINED_AT_MOST && (read = in.read(sink)) >= 0) {
        dropped += read;
      }
    } catch (IOException e) {
      // the client gave up: nothing to drain
    }
    return ApiProblem.tooLarge(ServeMessages.tooLarge(limit));
  }

  private void problem(Context ctx, ApiProblem problem) {
    ctx.attribute(PROBLEM_WRITTEN, true);
    String version = knowledgeBase.current().map(KnowledgeBase::contentHash).orElse(null);
    json(ctx, problem.status(), PROBLEM_JSON, problem.document(version), version);
  }

  /** A whole JSON document, encoded before anything is sent. */
  private static void json(
      Context ctx, int status, String type, Map<String, Object> doc, String version) {
    send(ctx, status, type, JsonText.compactUtf8(doc), version);
  }

  private static void send(Context ctx, int status, String type, byte[] bytes, String version) {
    ctx.status(status).contentType(type + "; charset=utf-8");
    if (version != null) {
      ctx.header(VERSION_HEADER, version);
    }
    ctx.result(bytes);
  }

  private static byte[] resource(String name) {
    try (InputStream in = HttpService.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
