package dev.mentoring.jackson2;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentoring.json.JsonReadOptions;
import dev.mentoring.testkit.contract.JsonCodec;
import dev.mentoring.testkit.contract.JsonRoundTripContract;

/** The testkit's round-trip kit, run against the Jackson 2 module as a host would run it. */
class TestkitRoundTripContractTest extends JsonRoundTripContract {
  private static final ObjectMapper MAPPER = new Jackson2(JsonReadOptions.defaults()).mapper();

  @Override
  protected JsonCodec codec() {
    return new JsonCodec() {
      @Override
      public String write(Object value) throws Exception {
        return MAPPER.writeValueAsString(value);
      }

      @Override
      public <T> T read(String json, Class<T> type) throws Exception {
        return MAPPER.readValue(json, type);
      }
    };
  }
}
