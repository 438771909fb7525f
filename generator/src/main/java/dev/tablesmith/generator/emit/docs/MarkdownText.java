package dev.tablesmith.generator.emit.docs;

/**
 * Model text as GitHub Flavored Markdown that renders as exactly that text and never as markup.
 * Every ASCII punctuation character becomes a numeric character reference ({@code |} is {@code
 * &#124;}), so no emphasis, link, raw HTML, code span, table pipe or block marker can start; line
 * breaks, control characters and U+2028/U+2029 become spaces, and a space at either end is written
 * as a reference so that no indentation or trimming changes the text. References are not decoded
 * inside code spans, so code is set as {@code <code>} with escaped text, never in backticks.
 */
final class MarkdownText {
  private MarkdownText() {}

  /** {@code text} as inline Markdown text. */
  static String escape(String text) {
    String flat = Flat.of(text);
    StringBuilder out = new StringBuilder(flat.length() + 16);
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      boolean edgeSpace = c == ' ' && (i == 0 || i == flat.length() - 1);
      if (isAsciiPunctuation(c) || edgeSpace) {
        out.append("&#").append((int) c).append(';');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code text} set as code. */
  static String code(String text) {
    return "<code>" + escape(text) + "</code>";
  }

  /**
   * Text the generator wrote (words, numbers, arithmetic), written as it is. It may hold only
   * characters that start no markup inside a paragraph or a table cell.
   */
  static String plain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(Character.isLetterOrDigit(c) && c < 128) && " .,;:=+()/'×→÷—–-".indexOf(c) < 0) {
        throw new IllegalArgumentException("not plain text at " + i + ": " + text);
      }
    }
    return text;
  }

  static boolean isAsciiPunctuation(char c) {
    return (c >= '!' && c <= '/')
        || (c >= ':' && c <= '@')
        || (c >= '[' && c <= '`')
        || (c >= '{' && c <= '~');
  }
}
