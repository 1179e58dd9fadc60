package dev.mentoring.json.internal;

/** Safe excerpts of input for error messages. */
final class Text {
  private Text() {}

  /**
   * Returns a short, printable excerpt of untrusted text: control and non-ASCII characters escaped
   * as {@code \}{@code uXXXX}, cut at {@code max} characters with an ellipsis.
   *
   * @param text the text
   * @param max the longest excerpt before the ellipsis
   * @return the excerpt
   */
  static String excerpt(String text, int max) {
    StringBuilder sb = new StringBuilder();
    int n = Math.min(text.length(), max);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '\\') {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    if (text.length() > max) {
      sb.append("...");
    }
    return sb.toString();
  }

  /**
   * Returns an excerpt in double quotes.
   *
   * @param text the text
   * @return the quoted excerpt, at most 40 characters of input
   */
  static String quote(String text) {
    return "\"" + excerpt(text, 40).replace("\"", "\\\"") + "\"";
  }
}
