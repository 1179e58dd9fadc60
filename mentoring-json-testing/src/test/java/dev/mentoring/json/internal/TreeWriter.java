package dev.mentoring.json.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link JsonWriter} that builds a {@link JsonValue}, to test codecs without a JSON library. */
final class TreeWriter implements JsonWriter {
  private final Deque<Object> open = new ArrayDeque<>();
  private final Deque<String> names = new ArrayDeque<>();
  private JsonValue result;

  static <T> JsonValue write(Codec<T> codec, T value) {
    TreeWriter w = new TreeWriter();
    codec.write(value, w);
    return w.result;
  }

  @Override
  public void beginObject() {
    open.push(new LinkedHashMap<String, JsonValue>());
  }

  @Override
  @SuppressWarnings("unchecked")
  public void endObject() {
    add(new JsonValue.JsonObject((Map<String, JsonValue>) open.pop()));
  }

  @Override
  public void beginArray() {
    open.push(new ArrayList<JsonValue>());
  }

  @Override
  @SuppressWarnings("unchecked")
  public void endArray() {
    add(new JsonValue.JsonArray((List<JsonValue>) open.pop()));
  }

  @Override
  public void name(String name) {
    names.push(name);
  }

  @Override
  public void string(String value) {
    add(new JsonValue.JsonString(value));
  }

  @Override
  public void number(long value) {
    add(new JsonValue.JsonNumber(Long.toString(value)));
  }

  @Override
  public void number(String raw) {
    add(new JsonValue.JsonNumber(raw));
  }

  @Override
  public void bool(boolean value) {
    add(new JsonValue.JsonBoolean(value));
  }

  @SuppressWarnings("unchecked")
  private void add(JsonValue value) {
    if (open.isEmpty()) {
      result = value;
    } else if (open.peek() instanceof Map) {
      ((Map<String, JsonValue>) open.peek()).put(names.pop(), value);
    } else {
      ((List<JsonValue>) open.peek()).add(value);
    }
  }
}
