package dev.mentoring.jackson;

import dev.mentoring.json.JsonReadOptions;
import dev.mentoring.json.testing.JsonUnderTest;
import dev.mentoring.json.testing.MentoringJsonContract;

class MentoringModuleContractTest extends MentoringJsonContract {
  @Override
  protected JsonUnderTest json(JsonReadOptions options) {
    return new Jackson3(options);
  }
}
