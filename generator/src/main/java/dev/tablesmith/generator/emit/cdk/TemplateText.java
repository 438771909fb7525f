package dev.tablesmith.generator.emit.cdk;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a template tree (maps with ordered keys, lists, strings, longs and booleans) as JSON or
 * YAML. Every string is quoted and escaped, so no model text can end a value or start a key: in
 * JSON and in YAML's double-quoted style, characters outside printable ASCII are written as
 * escapes.
 */
final class TemplateText {
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

  private TemplateText() {}

  /** The tree as JSON, two-space indented, ending with a newline. */
  static String json(Object tree) {
    StringBuilder out = new StringBuilder();
    json(tree, out, "");
    return out.append('\n').toString();
  }

  /** The tree (a map) as block-style YAML, ending with a newline. */
  static String yaml(Map<String, Object> tree) {
    StringBuilder out = new StringBuilder();
    yamlMap(tree, out, "");
    return out.toString();
  }

  private static void json(Object value, StringBuilder out, String indent) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(indent).append("  ");
        quote((String) e.getKey(), out, false);
        out.append(": ");
        json(e.getValue(), out, indent + "  ");
        out.append(++i < map.size() ? ",\n" : "\n");
      }
      out.append(indent).append('}');
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      for (int i = 0; i < list.size(); i++) {
        out.append(indent).append("  ");
        json(list.get(i), out, indent + "  ");
        out.append(i + 1 < list.size() ? ",\n" : "\n");
      }
      out.append(indent).append(']');
    } else {
      scalar(value, out, false);
    }
  }

  private static void yamlMap(Map<?, ?> map, StringBuilder out, String indent) {
    boolean first = true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!first) {
        out.append(indent);
      }
      first = false;
      String key = (String) e.getKey();
      if (PLAIN_KEY.matcher(key).matches()) {
        out.append(key);
      } else {
        quote(key, out, true);
      }
      out.append(':');
      yamlValue(e.getValue(), out, indent + "  ");
    }
  }

  /** Writes a value after a key's colon or a list's dash, then the line end. */
  private static void yamlValue(Object value, StringBuilder out, String indent) {
    if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      out.append('\n').append(indent);
      yamlMap(map, out, indent);
    } else if (value instanceof List<?> list && !list.isEmpty()) {
      out.append('\n');
      for (Object item : list) {
        out.append(indent).append("- ");
        if (item instanceof Map<?, ?> map && !map.isEmpty()) {
          yamlMap(map, out, indent + "  ");
        } else if (item instanceof List<?> inner && !inner.isEmpty()) {
          throw new IllegalArgumentException("a list in a list is not written");
        } else {
          inline(item, out);
        }
      }
    } else {
      out.append(' ');
      inline(value, out);
    }
  }

  /** An empty map or list, or a scalar, then the line end. */
  private static void inline(Object value, StringBuilder out) {
    if (value instanceof Map<?, ?>) {
      out.append("{}");
    } else if (value instanceof List<?>) {
      out.append("[]");
    } else {
      scalar(value, out, true);
    }
    out.append('\n');
  }

  private static void scalar(Object value, StringBuilder out, boolean yaml) {
    if (value instanceof String s) {
      quote(s, out, yaml);
    } else if (value instanceof Long || value instanceof Integer || value instanceof Boolean) {
      out.append(value);
    } else {
      throw new IllegalArgumentException("not a template value: " + value);
    }
  }

  /** A double-quoted string; both JSON and YAML read these escapes. */
  private static void quote(String s, StringBuilder out, boolean yaml) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c >= 0x20 && c < 0x7f) {
            out.append(c);
          } else if (yaml
              && Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(String.format(Locale.ROOT, "\\U%08x", s.codePointAt(i)));
            i++;
          } else {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          }
        }
      }
    }
    out.append('"');
  }
}
