package dev.tablesmith.generator.resolve;

import dev.tablesmith.generator.diag.Code;
import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.diag.Location;
import dev.tablesmith.generator.model.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parses {@code ORDER#<createdAt>#<orderId>} into literal and placeholder parts. */
public final class TemplateParser {
  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

  private TemplateParser() {}

  /** The parsed template, or empty after reporting why it cannot be parsed. */
  public static Optional<Template> parse(String source, Location at, Diagnostics diagnostics) {
    if (source.isEmpty()) {
      diagnostics.report(Code.TS317, at);
      return Optional.empty();
    }
    List<Template.Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '>') {
        return malformed(source, at, diagnostics, "'>' at position " + (i + 1) + " closes no '<'");
      }
      if (c != '<') {
        literal.append(c);
        i++;
        continue;
      }
      int close = source.indexOf('>', i + 1);
      int reopen = source.indexOf('<', i + 1);
      if (close < 0 || (reopen >= 0 && reopen < close)) {
        return malformed(
            source, at, diagnostics, "'<' at position " + (i + 1) + " is never closed");
      }
      String name = source.substring(i + 1, close);
      if (!NAME.matcher(name).matches()) {
        return malformed(
            source,
            at,
            diagnostics,
            "placeholder '<"
                + name
                + ">' must name an attribute (a lower-case letter, then letters and digits)");
      }
      if (literal.length() > 0) {
        parts.add(new Template.Literal(literal.toString()));
        literal.setLength(0);
      } else if (!parts.isEmpty()
          && parts.get(parts.size() - 1) instanceof Template.Placeholder p) {
        diagnostics.reportWithHint(
            Code.TS303,
            at,
            "put literal text between them (usually the delimiter), so each value can be read back",
            source,
            p.attribute(),
            name);
        return Optional.empty();
      }
      parts.add(new Template.Placeholder(name));
      i = close + 1;
    }
    if (literal.length() > 0) {
      parts.add(new Template.Literal(literal.toString()));
    }
    return Optional.of(new Template(source, parts, at));
  }

  private static Optional<Template> malformed(
      String source, Location at, Diagnostics d, String why) {
    d.report(Code.TS301, at, source, why);
    return Optional.empty();
  }
}
