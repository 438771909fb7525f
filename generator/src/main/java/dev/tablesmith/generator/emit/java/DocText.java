package dev.tablesmith.generator.emit.java;

/**
 * The one way model text reaches Javadoc: comment terminators and openers, backslashes (which javac
 * reads as unicode escapes even in comments) and a leading {@code @} cannot act as code or tags.
 * Everything else model text says goes into {@code $S} string literals.
 */
public final class DocText {
  private DocText() {}

  /** Model text made safe for a Javadoc comment. */
  public static String sanitize(String text) {
    StringBuilder out = new StringBuilder();
    boolean lineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
      if (c == '*' && next == '/') {
        out.append("&#42;");
      } else if (c == '/' && next == '*') {
        out.append("/&#42;");
        i++;
      } else if (c == '\\') {
        out.append("&#92;");
      } else if (c == '@' && lineStart) {
        out.append("&#64;");
      } else if (c == '&') {
        out.append("&amp;");
      } else if (c == '{' || c == '}') {
        out.append(c == '{' ? "&#123;" : "&#125;");
      } else if (c == '<') {
        out.append("&lt;");
      } else if (c == '>') {
        out.append("&gt;");
      } else if (c == '\r'
          || Character.getType(c) == Character.LINE_SEPARATOR
          || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
        out.append('\n');
      } else if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        out.append(' ');
      } else {
        out.append(c);
      }
      // By what was written: a carriage return or line separator became a line break, and a
      // control character a space, so a tag after either still opens a Javadoc line.
      char written = out.charAt(out.length() - 1);
      lineStart = written == '\n' || (lineStart && Character.isWhitespace(written));
    }
    return out.toString();
  }

  /** The text as an inline code span in Javadoc (HTML, as a code tag would break on braces). */
  public static String code(String text) {
    return "<code>" + sanitize(text) + "</code>";
  }
}
