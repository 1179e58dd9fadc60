package dev.mentoring.jackson;

import dev.mentoring.json.JsonReadOptions;
import dev.mentoring.testkit.contract.JsonCodec;
import dev.mentoring.testkit.contract.JsonRoundTripContract;
import tools.jackson.databind.json.JsonMapper;

/** The testkit's round-trip kit, run against the Jackson 3 module as a host would run it. */
class TestkitRoundTripContractTest extends JsonRoundTripContract {
  private static final JsonMapper MAPPER = new Jackson3(JsonReadOptions.defaults()).mapper();

  @Override
  protected JsonCodec codec() {
    return new JsonCodec() {
      @Override
      public String write(Object value) {
        return MAPPER.writeValueAsString(value);
      }

      @Override
      public <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
      }
    };
  }
}
