package dev.tablesmith.generator.emit.java;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Java source split the way javac's scanner splits it into comments, string and character
 * literals, and the code around them. Only for sources with no unicode escape that javac would
 * translate ({@link #eligibleUnicodeEscape}): then the raw text is javac's input as it is.
 * GeneratedInjectionTest checks the literals found here against javac's own parse.
 *
 * @param code the source with every comment and literal replaced by one space
 * @param literals the string and character literals, quotes included, in source order
 * @param comments the comments, delimiters included, in source order
 */
record SourceRegions(String code, List<Region> literals, List<Region> comments) {

  /** A stretch of the raw source: {@code text} starts at offset {@code start}. */
  record Region(int start, String text) {}

  /**
   * The offset of the first backslash that javac would read as the start of a unicode escape
   * (one preceded by an even number of backslashes and followed by {@code u}), or -1.
   */
  static int eligibleUnicodeEscape(String source) {
    int run = 0;
    for (int i = 0; i < source.length(); i++) {
      if (source.charAt(i) != '\\') {
        run = 0;
        continue;
      }
      if (run % 2 == 0 && i + 1 < source.length() && source.charAt(i + 1) == 'u') {
        return i;
      }
      run++;
    }
    return -1;
  }

  static SourceRegions of(String source) {
    if (eligibleUnicodeEscape(source) >= 0) {
      throw new IllegalArgumentException("a unicode escape at " + eligibleUnicodeEscape(source));
    }
    StringBuilder code = new StringBuilder();
    List<Region> literals = new ArrayList<>();
    List<Region> comments = new ArrayList<>();
    int i = 0;
    while (i < source.length()) {
      int end = regionEnd(source, i);
      if (end < 0) {
        code.append(source.charAt(i++));
        continue;
      }
      char c = source.charAt(i);
      (c == '"' || c == '\'' ? literals : comments).add(new Region(i, source.substring(i, end)));
      code.append(' ');
      i = end;
    }
    return new SourceRegions(code.toString(), List.copyOf(literals), List.copyOf(comments));
  }

  /** The end of the comment or literal starting at {@code i}, or -1 when none starts there. */
  private static int regionEnd(String s, int i) {
    if (s.startsWith("//", i)) {
      int newline = s.indexOf('\n', i);
      return newline < 0 ? s.length() : newline;
    }
    if (s.startsWith("/*", i)) {
      int close = s.indexOf("*/", i + 2);
      if (close < 0) {
        throw new IllegalArgumentException("unclosed comment at " + i);
      }
      return close + 2;
    }
    if (s.startsWith("\"\"\"", i)) {
      return quoted(s, i + 3, "\"\"\"", true);
    }
    if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
      return quoted(s, i + 1, String.valueOf(s.charAt(i)), false);
    }
    return -1;
  }

  private static int quoted(String s, int from, String close, boolean multiLine) {
    int k = from;
    while (k < s.length()) {
      if (s.charAt(k) == '\\') {
        k += 2;
      } else if (s.startsWith(close, k)) {
        return k + close.length();
      } else if (!multiLine && (s.charAt(k) == '\n' || s.charAt(k) == '\r')) {
        throw new IllegalArgumentException("line break in a literal at " + k);
      } else {
        k++;
      }
    }
    throw new IllegalArgumentException("unclosed literal at " + from);
  }

  /** The value of a string literal as javac reads it (escape sequences decoded). */
  static String value(Region literal) {
    String body = literal.text().substring(1, literal.text().length() - 1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = body.charAt(++i);
      if (e >= '0' && e <= '7') {
        int end = i + 1;
        while (end < body.length() && end < i + (e <= '3' ? 3 : 2) && body.charAt(end) >= '0'
            && body.charAt(end) <= '7') {
          end++;
        }
        out.append((char) Integer.parseInt(body.substring(i, end), 8));
        i = end - 1;
        continue;
      }
      out.append(switch (e) {
        case 'b' -> '\b';
        case 't' -> '\t';
        case 'n' -> '\n';
        case 'f' -> '\f';
        case 'r' -> '\r';
        case 's' -> ' ';
        case '"', '\'', '\\' -> e;
        default -> throw new IllegalArgumentException("bad escape \\" + e + " in " + literal);
      });
    }
    return out.toString();
  }

  /** A comment's text as rendered Javadoc shows it: no delimiters, margins, tags or entities. */
  static String rendered(Region comment) {
    String c = comment.text();
    String body = c.startsWith("//") ? c.substring(2)
        : c.substring(c.startsWith("/**") ? 3 : 2, c.length() - 2);
    String text = body.lines().map(l -> l.replaceFirst("^\\s*\\* ?", ""))
        .collect(Collectors.joining("\n")).strip().replaceAll("</?code>", "");
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String decoded = switch (e) {
        case "lt" -> "<";
        case "gt" -> ">";
        case "amp" -> "&";
        case "quot" -> "\"";
        default -> String.valueOf((char) Integer.parseInt(e.substring(1)));
      };
      m.appendReplacement(out, Matcher.quoteReplacement(decoded));
    }
    return m.appendTail(out).toString();
  }

  private static final Pattern ENTITY = Pattern.compile("&(#\\d+|lt|gt|amp|quot);");
}
