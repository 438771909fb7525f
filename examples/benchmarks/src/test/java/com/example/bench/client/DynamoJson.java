package com.example.bench.client;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Items as DynamoDB's JSON wire format, for canned responses. */
public final class DynamoJson {
  private DynamoJson() {}

  /** @param item an item @return {@code {"name":{"S":"..."},...}} */
  public static String item(Map<String, AttributeValue> item) {
    StringBuilder out = new StringBuilder("{");
    item.forEach((name, value) -> {
      if (out.length() > 1) {
        out.append(',');
      }
      string(out, name).append(':');
      value(out, value);
    });
    return out.append('}').toString();
  }

  private static void value(StringBuilder out, AttributeValue v) {
    switch (v.type()) {
      case S -> string(out.append("{\"S\":"), v.s()).append('}');
      case N -> string(out.append("{\"N\":"), v.n()).append('}');
      case B -> string(out.append("{\"B\":"), base64(v.b())).append('}');
      case BOOL -> out.append("{\"BOOL\":").append(v.bool()).append('}');
      case NUL -> out.append("{\"NULL\":true}");
      case SS -> strings(out.append("{\"SS\":"), v.ss()).append('}');
      case NS -> strings(out.append("{\"NS\":"), v.ns()).append('}');
      case BS -> strings(out.append("{\"BS\":"), v.bs().stream().map(DynamoJson::base64).toList())
          .append('}');
      case M -> out.append("{\"M\":").append(item(v.m())).append('}');
      case L -> {
        out.append("{\"L\":[");
        for (int i = 0; i < v.l().size(); i++) {
          value(i == 0 ? out : out.append(','), v.l().get(i));
        }
        out.append("]}");
      }
      default -> throw new IllegalArgumentException(v.toString());
    }
  }

  private static StringBuilder strings(StringBuilder out, List<String> values) {
    out.append('[');
    for (int i = 0; i < values.size(); i++) {
      string(i == 0 ? out : out.append(','), values.get(i));
    }
    return out.append(']');
  }

  private static String base64(SdkBytes bytes) {
    return Base64.getEncoder().encodeToString(bytes.asByteArrayUnsafe());
  }

  private static StringBuilder string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"');
  }
}
