package dev.mentoring.jackson;

import dev.mentoring.json.JsonReadOptions;
import dev.mentoring.json.testing.HostileInputContract;
import dev.mentoring.json.testing.JsonUnderTest;

class MentoringModuleHostileInputTest extends HostileInputContract {
  @Override
  protected JsonUnderTest json(JsonReadOptions options) {
    return new Jackson3(options);
  }
}
