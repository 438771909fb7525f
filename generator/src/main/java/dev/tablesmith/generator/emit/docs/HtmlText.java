package dev.tablesmith.generator.emit.docs;

/**
 * Model text as HTML (and XML) character data or attribute value: {@code & < > " '} become
 * references, a character XML 1.0 cannot hold (a control character, an unpaired surrogate, U+FFFE,
 * U+FFFF) becomes U+FFFD, and line breaks other than {@code \n} become spaces, so the page stays
 * well-formed XHTML whatever the model says.
 */
final class HtmlText {
  private HtmlText() {}

  /** {@code text} escaped; {@code \n} is kept (it matters only inside {@code <pre>}). */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n' -> out.append('\n');
        default -> i = other(text, i, out);
      }
    }
    return out.toString();
  }

  /** Appends the character at {@code i} (two for a surrogate pair); returns the last index used. */
  private static int other(String text, int i, StringBuilder out) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)
        && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1))) {
      out.append(c).append(text.charAt(i + 1));
      return i + 1;
    }
    if (Flat.breaksLine(c)) {
      out.append(
          c == '\r' || c == '\t' || c == '\u0085' || c == '\u2028' || c == '\u2029'
              ? ' '
              : '\uFFFD');
    } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
      out.append('\uFFFD');
    } else {
      out.append(c);
    }
    return i;
  }
}
