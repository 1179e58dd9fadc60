package dev.mentoring.examples.http;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.Actor;
import dev.mentoring.core.Mentoring;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Application;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.jackson.MentoringModule;
import dev.mentoring.testkit.fake.MutableClock;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts a {@link MentoringHttpServer} on a free port and talks to it as a client would, with the
 * JDK's {@link HttpClient}: two people enroll (one with a capacity the program refuses), matching
 * is asked for too early and then in time, and the program report is fetched. Prints each request
 * with its status code.
 */
public final class HttpExample {

  /** When the example starts, by its clock. */
  public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private static final Actor ADMIN = Actor.participant("hr-admin");
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new MentoringModule()).build();

  private HttpExample() {}

  /**
   * Runs the example and prints to standard output.
   *
   * @param args ignored
   * @throws IOException if the server cannot start
   * @throws InterruptedException if interrupted while waiting for a response
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   * @return the last response: the program report
   * @throws IOException if the server cannot start or a request fails
   * @throws InterruptedException if interrupted while waiting for a response
   */
  public static HttpResponse<String> run(PrintStream out) throws IOException, InterruptedException {
    requireNonNull(out, "out");
    Mentoring mentoring = Mentoring.builder().clock(MutableClock.at(START)).build();
    Program program =
        mentoring
            .programs()
            .create(
                ADMIN, ProgramSpec.builder("Over HTTP").enrollmentApprovalRequired(false).build());
    mentoring.programs().openEnrollment(ADMIN, program.id());
    String base = "/programs/" + program.id().value();

    try (MentoringHttpServer server =
        MentoringHttpServer.start(
            mentoring, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      Client client = new Client(server.port(), out);
      client.post(base + "/enrollments", "ana", application("ana", EnrollmentRole.MENTOR, 2));
      client.post(base + "/enrollments", "cy", application("cy", EnrollmentRole.MENTEE, null));
      client.post(base + "/enrollments", "bo", application("bo", EnrollmentRole.MENTOR, 101));
      client.post(base + "/matching", "hr-admin", "");
      mentoring.programs().startMatching(ADMIN, program.id());
      client.post(base + "/matching", "hr-admin", "");
      return client.get(base + "/report", "hr-admin");
    }
  }

  /**
   * Returns an application as a client would send it.
   *
   * @param who the applicant
   * @param role the role
   * @param capacity the capacity, or null for the program's default
   * @return the JSON body
   */
  public static String application(String who, EnrollmentRole role, @Nullable Integer capacity) {
    Profile.Builder profile = Profile.builder().languages("en");
    if (role == EnrollmentRole.MENTOR) {
      profile.offers("Java", 5);
    } else {
      profile.seeks("Java", 3);
    }
    return MAPPER.writeValueAsString(
        Application.builder(ParticipantId.of(who), role)
            .profile(profile.build())
            .capacity(capacity)
            .build());
  }

  /** A JSON client that prints each exchange. */
  static final class Client {
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final PrintStream out;

    Client(int port, PrintStream out) {
      this.port = port;
      this.out = out;
    }

    HttpResponse<String> get(String path, @Nullable String actor)
        throws IOException, InterruptedException {
      return send("GET", path, actor, HttpRequest.BodyPublishers.noBody());
    }

    HttpResponse<String> post(String path, @Nullable String actor, String json)
        throws IOException, InterruptedException {
      return send("POST", path, actor, HttpRequest.BodyPublishers.ofString(json));
    }

    HttpResponse<String> send(
        String method, String path, @Nullable String actor, HttpRequest.BodyPublisher body)
        throws IOException, InterruptedException {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
              .header("Content-Type", "application/json")
              .method(method, body);
      if (actor != null) {
        request.header(MentoringHttpServer.ACTOR_HEADER, actor);
      }
      HttpResponse<String> response;
      try {
        response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(method + " " + path + " failed", e);
      }
      String shown = path.replaceFirst("/programs/[^/]+", "/programs/{id}");
      out.printf("%-4s %-26s as %-9s -> %d%n", method, shown, actor, response.statusCode());
      return response;
    }
  }
}
