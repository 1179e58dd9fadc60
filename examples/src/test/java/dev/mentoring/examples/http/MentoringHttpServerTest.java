package dev.mentoring.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.core.Actor;
import dev.mentoring.core.Mentoring;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.testkit.fake.MutableClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MentoringHttpServerTest {
  private static final Actor ADMIN = Actor.participant("hr-admin");

  private final Mentoring mentoring =
      Mentoring.builder().clock(MutableClock.at(HttpExample.START)).build();
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private MentoringHttpServer server;
  private HttpExample.Client client;
  private String base;
  private Program program;

  @BeforeEach
  void start() throws IOException {
    program =
        mentoring
            .programs()
            .create(ADMIN, ProgramSpec.builder("HTTP").enrollmentApprovalRequired(false).build());
    mentoring.programs().openEnrollment(ADMIN, program.id());
    base = "/programs/" + program.id().value();
    server =
        MentoringHttpServer.start(
            mentoring, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    client =
        new HttpExample.Client(server.port(), new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> enroll(String actor, String who, EnrollmentRole role, Integer cap)
      throws Exception {
    return client.post(base + "/enrollments", actor, HttpExample.application(who, role, cap));
  }

  @Test
  void enroll_created_returnsTheEnrollmentAsJson() throws Exception {
    HttpResponse<String> r = enroll("ana", "ana", EnrollmentRole.MENTOR, 2);

    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    assertThat(r.body())
        .contains("\"participantId\":\"ana\"")
        .contains("\"role\":\"mentor\"")
        .contains("\"status\":\"approved\"");
    assertThat(mentoring.enrollments().list(ADMIN, program.id())).hasSize(1);
  }

  @Test
  void enroll_invalidInput_400WithViolationsAndNothingStored() throws Exception {
    HttpResponse<String> r = enroll("bo", "bo", EnrollmentRole.MENTOR, 101);

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValue("application/problem+json; charset=utf-8");
    assertThat(r.body())
        .contains("\"title\":\"Invalid input\"")
        .contains("\"status\":400")
        .contains("\"path\":\"capacity\"")
        .contains("\"rule\":\"Max\"");
    assertThat(mentoring.enrollments().list(ADMIN, program.id())).isEmpty();
  }

  @Test
  void enroll_malformedJson_400() throws Exception {
    HttpResponse<String> r = client.post(base + "/enrollments", "ana", "{\"participantId\":");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("\"title\":\"Malformed JSON\"");
  }

  @Test
  void enroll_jsonBreakingTheShape_400NamingThePath() throws Exception {
    HttpResponse<String> r = client.post(base + "/enrollments", "ana", "{\"role\":\"mentor\"}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("\"title\":\"Invalid JSON\"");
  }

  @Test
  void enroll_forSomeoneElse_403() throws Exception {
    HttpResponse<String> r = enroll("bo", "ana", EnrollmentRole.MENTOR, 2);
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("\"title\":\"Access denied\"");
  }

  @Test
  void unknownProgram_404() throws Exception {
    HttpResponse<String> r = client.get("/programs/no-such-program/report", "hr-admin");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("\"status\":404").contains("no-such-program");
  }

  @Test
  void unknownPath_404_wrongMethod_405_noActor_401() throws Exception {
    assertThat(client.get("/teams", "hr-admin").statusCode()).isEqualTo(404);
    HttpResponse<String> wrong = client.get(base + "/matching", "hr-admin");
    assertThat(wrong.statusCode()).isEqualTo(405);
    assertThat(wrong.headers().firstValue("Allow")).hasValue("POST");
    HttpResponse<String> anonymous = client.get(base + "/report", null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).contains(MentoringHttpServer.ACTOR_HEADER);
  }

  @Test
  void matching_beforeMatchingStarts_409_thenProposesPairs() throws Exception {
    enroll("ana", "ana", EnrollmentRole.MENTOR, 2);
    enroll("cy", "cy", EnrollmentRole.MENTEE, null);

    HttpResponse<String> early = client.post(base + "/matching", "hr-admin", "");
    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(early.body()).contains("\"title\":\"Conflict\"").contains("ENROLLING");

    mentoring.programs().startMatching(ADMIN, program.id());
    HttpResponse<String> run = client.post(base + "/matching", "hr-admin", "");
    assertThat(run.statusCode()).isEqualTo(200);
    assertThat(run.body())
        .contains("\"mentorId\":\"ana\"")
        .contains("\"menteeId\":\"cy\"")
        .contains("\"unmatched\":{}");
  }

  @Test
  void matching_byAParticipant_403() throws Exception {
    mentoring.programs().startMatching(ADMIN, program.id());
    assertThat(client.post(base + "/matching", "cy", "").statusCode()).isEqualTo(403);
  }

  @Test
  void programIdTheDomainRefuses_400() throws Exception {
    HttpResponse<String> r = client.get("/programs/" + "p".repeat(201) + "/report", "hr-admin");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("\"title\":\"Bad request\"").contains("200 characters");
  }

  @Test
  void enroll_manyAtOnce_allStored() throws Exception {
    int people = 24;
    ExecutorService callers = Executors.newFixedThreadPool(8);
    try {
      List<Future<HttpResponse<String>>> responses = new ArrayList<>();
      for (int k = 0; k < people; k++) {
        String who = "p" + k;
        responses.add(callers.submit(() -> enroll(who, who, EnrollmentRole.MENTEE, null)));
      }
      for (Future<HttpResponse<String>> r : responses) {
        assertThat(r.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
      }
    } finally {
      callers.shutdown();
    }
    assertThat(mentoring.enrollments().list(ADMIN, program.id())).hasSize(people);
  }
}
