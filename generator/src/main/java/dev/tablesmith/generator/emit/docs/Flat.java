package dev.tablesmith.generator.emit.docs;

/**
 * Model text on one line: every line break, control character and U+2028/U+2029 becomes a space.
 * Markdown and Mermaid give line breaks meaning, so model text never carries one there.
 */
final class Flat {
  private Flat() {}

  /** {@code text} with every line-breaking or control character replaced by a space. */
  static String of(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(breaksLine(c) ? ' ' : c);
    }
    return out.toString();
  }

  /**
   * Whether {@code c} is a control character (C0, DEL, C1) or a Unicode line or paragraph
   * separator.
   */
  static boolean breaksLine(char c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
  }
}
