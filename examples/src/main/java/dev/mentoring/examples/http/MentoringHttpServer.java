package dev.mentoring.examples.http;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mentoring.core.AccessDeniedException;
import dev.mentoring.core.Actor;
import dev.mentoring.core.CapacityExceededException;
import dev.mentoring.core.ConcurrentUpdateException;
import dev.mentoring.core.IllegalTransitionException;
import dev.mentoring.core.InvalidInputException;
import dev.mentoring.core.Mentoring;
import dev.mentoring.core.NotFoundException;
import dev.mentoring.core.Violation;
import dev.mentoring.core.enrollment.Application;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.jackson.MentoringModule;
import dev.mentoring.json.MentoringJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine behind a small JSON-over-HTTP layer, on the JDK's own {@link HttpServer} and {@code
 * mentoring-jackson}'s {@link MentoringModule}, without a framework. A host's REST layer does the
 * same three things whatever its framework: read the acting user from the request, turn bodies into
 * domain values and back, and map the engine's exceptions to status codes.
 *
 * <table>
 *   <caption>Endpoints</caption>
 *   <tr><th>request</th><th>body</th><th>response</th></tr>
 *   <tr><td>{@code POST /programs/{id}/enrollments}</td><td>an {@code Application}</td>
 *       <td>201 and the {@code Enrollment}</td></tr>
 *   <tr><td>{@code POST /programs/{id}/matching}</td><td>none</td>
 *       <td>200 and the {@code MatchingRun}</td></tr>
 *   <tr><td>{@code GET /programs/{id}/report}</td><td>none</td>
 *       <td>200 and the {@code ProgramReport} as of now</td></tr>
 * </table>
 *
 * <p>The acting user is the participant named in the {@value #ACTOR_HEADER} header; a request
 * without it is answered 401. Failures are answered with an RFC 9457 problem body ({@code
 * application/problem+json}): {@link InvalidInputException} 400 with its violations, malformed or
 * invalid JSON 400, {@link AccessDeniedException} 403, {@link NotFoundException} and unknown paths
 * 404, a wrong method 405, {@link IllegalTransitionException}, {@link CapacityExceededException}
 * and {@link ConcurrentUpdateException} 409.
 *
 * <p>Requests are handled by a pool of {@value #THREADS} threads, as the engine is thread-safe;
 * {@link #close()} stops the server and its threads.
 */
public final class MentoringHttpServer implements AutoCloseable {

  /** How many requests are handled at once. */
  public static final int THREADS = 4;

  /** The request header that names the acting participant. */
  public static final String ACTOR_HEADER = "X-Mentoring-Actor";

  private static final Pattern ROUTE =
      Pattern.compile("/programs/([^/]+)/(enrollments|matching|report)");
  private static final String JSON = "application/json";
  private static final String PROBLEM_JSON = "application/problem+json";

  private final Mentoring mentoring;
  private final JsonMapper mapper = JsonMapper.builder().addModule(new MentoringModule()).build();
  private final HttpServer server;
  private final ExecutorService workers;

  /**
   * An RFC 9457 problem body.
   *
   * @param title a short summary of the kind of problem
   * @param status the HTTP status code
   * @param detail what went wrong in this request
   * @param violations the broken rules, for invalid input; otherwise empty
   */
  public record Problem(String title, int status, String detail, List<Violation> violations) {
    /**
     * Checks the components and copies the list.
     *
     * @param title a short summary
     * @param status the status code
     * @param detail what went wrong
     * @param violations the broken rules
     * @throws NullPointerException if a reference is null
     */
    public Problem {
      requireNonNull(title, "title");
      requireNonNull(detail, "detail");
      violations = List.copyOf(violations);
    }
  }

  private MentoringHttpServer(Mentoring mentoring, HttpServer server, ExecutorService workers) {
    this.mentoring = mentoring;
    this.server = server;
    this.workers = workers;
  }

  /**
   * Starts a server.
   *
   * @param mentoring the engine to serve
   * @param address where to listen; port 0 picks a free port
   * @return the running server
   * @throws IOException if the address cannot be bound
   */
  public static MentoringHttpServer start(Mentoring mentoring, InetSocketAddress address)
      throws IOException {
    requireNonNull(mentoring, "mentoring");
    requireNonNull(address, "address");
    HttpServer http = HttpServer.create(address, 0);
    ExecutorService workers = Executors.newFixedThreadPool(THREADS);
    MentoringHttpServer server = new MentoringHttpServer(mentoring, http, workers);
    http.createContext("/", server::handle);
    http.setExecutor(workers);
    http.start();
    return server;
  }

  /**
   * Returns the port the server listens on.
   *
   * @return the port
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Stops the server at once, and its threads once they finish their requests. */
  @Override
  public void close() {
    server.stop(0);
    workers.shutdown();
  }

  // ------------------------------------------------------------------ requests

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try {
        route(exchange);
      } catch (InvalidInputException e) {
        problem(exchange, 400, "Invalid input", e.getMessage(), e.violations());
      } catch (MentoringJsonException e) {
        problem(exchange, 400, "Invalid JSON", e.getMessage(), List.of());
      } catch (JacksonException e) {
        problem(exchange, 400, "Malformed JSON", e.getOriginalMessage(), List.of());
      } catch (AccessDeniedException e) {
        problem(exchange, 403, "Access denied", e.getMessage(), List.of());
      } catch (NotFoundException e) {
        problem(exchange, 404, "Not found", e.getMessage(), List.of());
      } catch (IllegalTransitionException
          | CapacityExceededException
          | ConcurrentUpdateException e) {
        problem(exchange, 409, "Conflict", e.getMessage(), List.of());
      } catch (IllegalArgumentException e) {
        // A value the domain refuses outright, such as a malformed id in the path.
        problem(exchange, 400, "Bad request", e.getMessage(), List.of());
      } catch (RuntimeException e) {
        problem(exchange, 500, "Internal error", e.getClass().getSimpleName(), List.of());
      }
    }
  }

  private void route(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    Matcher m = ROUTE.matcher(path);
    if (!m.matches()) {
      problem(exchange, 404, "Not found", "no resource at " + path, List.of());
      return;
    }
    String method = exchange.getRequestMethod();
    String expected = m.group(2).equals("report") ? "GET" : "POST";
    if (!method.equals(expected)) {
      exchange.getResponseHeaders().set("Allow", expected);
      problem(
          exchange,
          405,
          "Method not allowed",
          path + " takes " + expected + ", not " + method,
          List.of());
      return;
    }
    Actor actor = actor(exchange);
    if (actor == null) {
      problem(
          exchange, 401, "Unauthenticated", "header " + ACTOR_HEADER + " is missing", List.of());
      return;
    }
    ProgramId programId = ProgramId.of(m.group(1));
    switch (m.group(2)) {
      case "enrollments" -> {
        Application application = read(exchange.getRequestBody(), Application.class);
        send(exchange, 201, JSON, mentoring.enrollments().apply(actor, programId, application));
      }
      case "matching" -> send(exchange, 200, JSON, mentoring.matching().propose(actor, programId));
      default ->
          send(
              exchange,
              200,
              JSON,
              mentoring.reports().report(actor, programId, mentoring.clock().instant()));
    }
  }

  private static @Nullable Actor actor(HttpExchange exchange) {
    String id = exchange.getRequestHeaders().getFirst(ACTOR_HEADER);
    return id == null || id.isBlank() ? null : Actor.participant(id.strip());
  }

  private <T> T read(InputStream body, Class<T> type) throws IOException {
    try (body) {
      return mapper.readValue(body.readAllBytes(), type);
    }
  }

  private void problem(
      HttpExchange exchange, int status, String title, @Nullable String detail, List<Violation> v)
      throws IOException {
    send(
        exchange,
        status,
        PROBLEM_JSON,
        new Problem(title, status, detail == null ? title : detail, v));
  }

  private void send(HttpExchange exchange, int status, String contentType, Object body)
      throws IOException {
    byte[] bytes = mapper.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=" + "utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
