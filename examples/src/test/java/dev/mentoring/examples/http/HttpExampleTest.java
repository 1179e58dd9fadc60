package dev.mentoring.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpExampleTest {

  @Test
  void run_printsEachExchangeAndEndsWithTheReport() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    HttpResponse<String> report =
        HttpExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out.lines().map(l -> l.replaceAll(" +", " ")))
        .containsExactly(
            "POST /programs/{id}/enrollments as ana -> 201",
            "POST /programs/{id}/enrollments as cy -> 201",
            "POST /programs/{id}/enrollments as bo -> 400",
            "POST /programs/{id}/matching as hr-admin -> 409",
            "POST /programs/{id}/matching as hr-admin -> 200",
            "GET /programs/{id}/report as hr-admin -> 200");
    assertThat(report.statusCode()).isEqualTo(200);
    // One approved mentor (bo was refused) and one mentee, proposed but not yet accepted.
    assertThat(report.body())
        .contains("\"at\":\"2026-03-02T09:00:00Z\"")
        .contains("\"mentor\":{\"applied\":0,\"approved\":1,")
        .contains("\"proposed\":1");
  }
}
