package dev.tablesmith.generator.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import dev.tablesmith.generator.diag.Code;
import dev.tablesmith.generator.diag.Diagnostic;
import dev.tablesmith.generator.diag.Location;
import dev.tablesmith.generator.diag.NearestName;
import dev.tablesmith.generator.read.Node;
import dev.tablesmith.generator.read.ScalarKind;
import dev.tablesmith.generator.read.ScalarNode;
import dev.tablesmith.generator.read.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns the validator's messages into located diagnostics with the model's own words. */
final class SchemaMessages {
  private static final Map<String, String> PATTERNS =
      Map.of(
          "^[A-Z][A-Za-z0-9]*$", "start with an upper-case letter, then letters and digits only",
          "^[a-z][A-Za-z0-9]*$", "start with a lower-case letter, then letters and digits only",
          "^[A-Z][A-Z0-9_]*$", "write Java constants in upper case: letters, digits and _",
          "^[A-Za-z][A-Za-z0-9]*\\??$", "write a type name, with a trailing ? when optional",
          "^[A-Za-z][A-Za-z0-9]*$", "write a type name (letters and digits)");

  private final JsonNode schema;

  SchemaMessages(JsonNode schema) {
    this.schema = schema;
  }

  Diagnostic translate(SyntaxTree tree, ValidationMessage m) {
    Node root = tree.root().orElseThrow();
    JsonNodePath at = m.getInstanceLocation();
    Node node = TreePath.node(root, at).orElse(root);
    String where = TreePath.describe(at);
    String type = m.getType();
    return switch (type) {
      case "additionalProperties" -> unknownKey(root, m, at, where, node);
      case "required" ->
          new Diagnostic(
              Code.TS102, node.location(), Code.TS102.format(where, m.getProperty()), "");
      case "type" -> wrongType(m, where, node);
      case "enum" -> notAllowed(where, node, enumValues(m));
      case "const" -> constant(where, node);
      case "pattern" -> badName(where, node, arg(m, 0));
      case "propertyNames" -> badPropertyName(root, m, at, where, node);
      case "minimum", "maximum" ->
          new Diagnostic(
              Code.TS106,
              node.location(),
              Code.TS106.format(where, bound(type, m), text(node)),
              "");
      case "uniqueItems" ->
          new Diagnostic(
              Code.TS108, node.location(), Code.TS108.format(where, "an entry is repeated"), "");
      case "minItems", "maxItems", "minProperties", "maxProperties", "minLength" ->
          new Diagnostic(Code.TS109, node.location(), Code.TS109.format(where, size(type, m)), "");
      default ->
          new Diagnostic(
              Code.TS108, node.location(), Code.TS108.format(where, stripPath(m.getMessage())), "");
    };
  }

  private Diagnostic unknownKey(
      Node root, ValidationMessage m, JsonNodePath at, String where, Node node) {
    String key = m.getProperty();
    Location location =
        TreePath.key(root, at, key).map(ScalarNode::location).orElse(node.location());
    List<String> known = siblings(m, "properties");
    return new Diagnostic(
        Code.TS101, location, Code.TS101.format(key, where), NearestName.hint(key, known));
  }

  private Diagnostic wrongType(ValidationMessage m, String where, Node node) {
    String expected = expectedType(arg(m, 1));
    return new Diagnostic(
        Code.TS103,
        node.location(),
        Code.TS103.format(where, expected, node.describe()),
        typeHint(expected, node));
  }

  private static String typeHint(String expected, Node node) {
    if (!(node instanceof ScalarNode scalar) || scalar.quoted()) {
      return "";
    }
    if (expected.equals("text") || expected.startsWith("a single value")) {
      return scalar.kind() == ScalarKind.NULL && !scalar.text().isEmpty()
          ? "YAML reads '"
              + scalar.text()
              + "' as null; quote it (\""
              + scalar.text()
              + "\") for the text"
          : scalar.kind() == ScalarKind.NULL
              ? ""
              : "quote it (\"" + scalar.text() + "\") to use it as text";
    }
    if (expected.equals("a whole number") && scalar.kind() == ScalarKind.DECIMAL) {
      return "write it as a whole number in plain digits";
    }
    return "";
  }

  private Diagnostic notAllowed(String where, Node node, List<String> allowed) {
    String value = text(node);
    return new Diagnostic(
        Code.TS104,
        node.location(),
        Code.TS104.format(where, String.join(", ", allowed), value),
        NearestName.hint(value, allowed));
  }

  private Diagnostic constant(String where, Node node) {
    if (where.equals("tablesmith")
        && node instanceof ScalarNode s
        && s.kind() != ScalarKind.STRING) {
      return new Diagnostic(Code.TS107, node.location(), Code.TS107.format(s.text()), "");
    }
    return new Diagnostic(
        Code.TS103, node.location(), Code.TS103.format(where, "the number 1", node.describe()), "");
  }

  private Diagnostic badName(String where, Node node, String regex) {
    return new Diagnostic(
        Code.TS105,
        node.location(),
        Code.TS105.format(where, text(node), PATTERNS.getOrDefault(regex, "must match " + regex)),
        "");
  }

  private Diagnostic badPropertyName(
      Node root, ValidationMessage m, JsonNodePath at, String where, Node node) {
    String name = m.getProperty();
    Location location =
        TreePath.key(root, at, name).map(ScalarNode::location).orElse(node.location());
    JsonNode names = schemaAt(m).path("propertyNames");
    JsonNode target = names.has("$ref") ? resolveRef(names.get("$ref").asText()) : names;
    if (target.has("enum")) {
      List<String> allowed = strings(target.get("enum"));
      return new Diagnostic(
          Code.TS104,
          location,
          Code.TS104.format("a key of " + where, String.join(", ", allowed), name),
          NearestName.hint(name, allowed));
    }
    String regex = target.path("pattern").asText();
    return new Diagnostic(
        Code.TS105,
        location,
        Code.TS105.format(nameKind(at), name, PATTERNS.getOrDefault(regex, "must match " + regex)),
        "");
  }

  /** What the keys of the mapping at {@code at} name: "entity name", "attribute name", ... */
  private static String nameKind(JsonNodePath at) {
    Object last = at.getNameCount() == 0 ? "" : at.getElement(at.getNameCount() - 1);
    return switch (String.valueOf(last)) {
      case "entities" -> "entity name";
      case "types" -> "type name";
      case "accessPatterns" -> "pattern name";
      case "attributes" -> "attribute name";
      case "fields" -> "field name";
      case "values" -> "enum constant";
      default -> "a key of " + TreePath.describe(at);
    };
  }

  private List<String> enumValues(ValidationMessage m) {
    return strings(schemaAt(m).path("enum"));
  }

  private List<String> siblings(ValidationMessage m, String field) {
    List<String> names = new ArrayList<>();
    schemaAt(m).path(field).fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The schema object holding the keyword that failed. */
  private JsonNode schemaAt(ValidationMessage m) {
    JsonNodePath fragment = m.getSchemaLocation().getFragment();
    JsonNode node = schema;
    for (int i = 0; i < fragment.getNameCount() - 1; i++) {
      Object element = fragment.getElement(i);
      node = element instanceof Integer index ? node.path(index) : node.path((String) element);
    }
    return node;
  }

  private JsonNode resolveRef(String ref) {
    JsonNode node = schema;
    for (String part : ref.substring(2).split("/")) {
      node = node.path(part);
    }
    return node;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static String expectedType(String jsonType) {
    return switch (jsonType) {
      case "string" -> "text";
      case "integer" -> "a whole number";
      case "number" -> "a number";
      case "boolean" -> "true or false";
      case "object" -> "a mapping";
      case "array" -> "a list";
      default -> "a single value (text, number or true/false)";
    };
  }

  private static String bound(String type, ValidationMessage m) {
    return (type.equals("minimum") ? "at least " : "at most ") + arg(m, 0);
  }

  private static String size(String type, ValidationMessage m) {
    String n = arg(m, 0);
    return switch (type) {
      case "minItems" -> "at least " + n + " item" + plural(n);
      case "maxItems" -> "at most " + n + " item" + plural(n);
      case "minProperties" ->
          "at least " + n + " entr" + (String.valueOf(n).equals("1") ? "y" : "ies");
      case "maxProperties" ->
          "at most " + n + " entr" + (String.valueOf(n).equals("1") ? "y" : "ies");
      default -> "at least " + n + " character" + plural(n);
    };
  }

  /** The validator's argument {@code i}, or empty text when it gave none. */
  private static String arg(ValidationMessage m, int i) {
    Object[] args = m.getArguments();
    return args == null || args.length <= i ? "" : String.valueOf(args[i]);
  }

  private static String plural(Object n) {
    return String.valueOf(n).equals("1") ? "" : "s";
  }

  private static String text(Node node) {
    return node instanceof ScalarNode s ? s.text() : node.describe();
  }

  private static String stripPath(String message) {
    int colon = message.indexOf(": ");
    return colon >= 0 ? message.substring(colon + 2) : message;
  }
}
