package dev.mentoring.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A {@link JsonTokens} cursor over a fixed list of tokens, or over the tokens of a tree. */
final class ListTokens implements JsonTokens {
  record Item(Token token, String text) {}

  private final List<Item> items;
  private int at;

  ListTokens(List<Item> items) {
    this.items = items;
  }

  static ListTokens of(JsonValue value) {
    List<Item> items = new ArrayList<>();
    flatten(value, items);
    return new ListTokens(items);
  }

  static Item t(Token token) {
    return new Item(token, "");
  }

  static Item t(Token token, String text) {
    return new Item(token, text);
  }

  private static void flatten(JsonValue value, List<Item> items) {
    if (value instanceof JsonValue.JsonObject o) {
      items.add(t(Token.START_OBJECT));
      for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
        items.add(t(Token.NAME, e.getKey()));
        flatten(e.getValue(), items);
      }
      items.add(t(Token.END_OBJECT));
    } else if (value instanceof JsonValue.JsonArray a) {
      items.add(t(Token.START_ARRAY));
      a.elements().forEach(e -> flatten(e, items));
      items.add(t(Token.END_ARRAY));
    } else if (value instanceof JsonValue.JsonString s) {
      items.add(t(Token.STRING, s.value()));
    } else if (value instanceof JsonValue.JsonNumber n) {
      items.add(t(Token.NUMBER, n.text()));
    } else if (value instanceof JsonValue.JsonBoolean b) {
      items.add(t(b.value() ? Token.TRUE : Token.FALSE));
    } else {
      items.add(t(Token.NULL));
    }
  }

  boolean atLastToken() {
    return at == items.size() - 1;
  }

  @Override
  public Token current() {
    return items.get(at).token();
  }

  @Override
  public Token next() {
    at++;
    return current();
  }

  @Override
  public String text() {
    return items.get(at).text();
  }
}
