package dev.tablesmith.generator.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablesmith.generator.diag.Diagnostic;
import dev.tablesmith.generator.model.AccessPattern;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.plan.PlannedModel;
import dev.tablesmith.generator.plan.PlannedPattern;
import dev.tablesmith.generator.plan.RangeSpec;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** The {@code --format json} output of check and plan, fields in a fixed order. */
final class JsonOutput {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonOutput() {}

  static String diagnostics(List<Diagnostic> diagnostics) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode list = root.putArray("diagnostics");
    long errors = 0;
    for (Diagnostic d : diagnostics) {
      list.add(diagnostic(d));
      errors += d.severity() == dev.tablesmith.generator.diag.Severity.ERROR ? 1 : 0;
    }
    root.put("errors", errors);
    root.put("warnings", diagnostics.size() - errors);
    return write(root);
  }

  static String plan(List<PlannedModel> models) {
    ArrayNode list = JSON.createArrayNode();
    for (PlannedModel model : models) {
      for (PlannedPattern p : model.patterns()) {
        list.add(pattern(model, p));
      }
    }
    return write(list);
  }

  private static ObjectNode diagnostic(Diagnostic d) {
    ObjectNode n = JSON.createObjectNode();
    n.put("file", d.location().file());
    n.put("line", d.location().line());
    n.put("column", d.location().column());
    n.put("severity", d.severity().label());
    n.put("code", d.code().name());
    n.put("message", d.message());
    n.put("hint", d.hint());
    return n;
  }

  private static ObjectNode pattern(PlannedModel model, PlannedPattern p) {
    AccessPattern declared = p.declared();
    ObjectNode n = JSON.createObjectNode();
    n.put("pattern", p.name());
    n.put("model", model.model().file());
    n.put("description", declared.description());
    n.put("operation", p.operation().apiName());
    n.put("index", p.indexName());
    n.put("indexChoice", p.choice().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    n.put("keyCondition", p.keyConditionText());
    strings(n.putArray("entities"), p.entities().stream().map(Entity::name).toList());
    strings(n.putArray("parameters"), p.parameters().stream().map(a -> a.name()).toList());
    p.keyCondition()
        .range()
        .ifPresentOrElse(r -> n.set("range", range(r)), () -> n.putNull("range"));
    ArrayNode filters = n.putArray("filters");
    p.filters()
        .forEach(
            f ->
                filters.add(
                    JSON.createObjectNode()
                        .put("attribute", f.attribute().name())
                        .put("operator", f.filter().operator().modelName())));
    n.put("order", declared.descending() ? "desc" : "asc");
    if (p.operation() == PlannedPattern.Operation.QUERY) {
      n.put("pageSize", declared.pageSize());
    } else {
      n.putNull("pageSize");
    }
    n.put("consistent", declared.consistent());
    n.put(
        "projection",
        p.index().projection().type().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    n.put("returns", declared.returns().name().toLowerCase(Locale.ROOT));
    n.put("fetch", declared.fetch());
    strings(n.putArray("alsoReads"), p.alsoRead().stream().map(Entity::name).toList());
    strings(n.putArray("warnings"), p.warnings().stream().map(Diagnostic::render).toList());
    return n;
  }

  private static ObjectNode range(RangeSpec r) {
    return JSON.createObjectNode()
        .put("attribute", r.attribute().name())
        .put("sortKey", r.keyAttribute().name())
        .put("prefix", r.prefix().source())
        .put("beginsWith", r.beginsWithAllowed());
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static String write(Object node) {
    try {
      return JSON.writeValueAsString(node).replace("\r\n", "\n");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
