package dev.tablesmith.generator.plan;

import java.util.regex.Pattern;

/** Writes text as a YAML scalar, for proposals shown in model syntax. */
final class YamlText {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private YamlText() {}

  /**
   * Always double-quoted, with {@code \} and {@code "} escaped and control characters as escapes.
   */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20
          || c == 0x7f
          || (c >= 0x80 && c <= 0x9f)
          || c == '\u2028'
          || c == '\u2029') {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** Plain when the text is a simple name YAML reads as text, else quoted. */
  static String plainOrQuoted(String text) {
    boolean ambiguous = text.matches("(?i)true|false|null|yes|no|on|off|y|n");
    return PLAIN.matcher(text).matches() && !ambiguous ? text : quote(text);
  }
}
