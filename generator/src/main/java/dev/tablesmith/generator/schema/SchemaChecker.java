package dev.tablesmith.generator.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.read.SyntaxTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/**
 * Stage 2, schema: checks a {@link SyntaxTree} against the model's JSON Schema (2020-12), the same
 * file IDEs use for completion, and reports each violation at the line that caused it. Reports
 * TS101 to TS109. Load once with {@link #load()}; checking is thread-safe.
 */
public final class SchemaChecker {
  /** Where the schema sits on the class path (and so in the generator jar). */
  public static final String RESOURCE = "dev/tablesmith/schema/model-1.schema.json";

  private final JsonSchema schema;
  private final SchemaMessages messages;

  private SchemaChecker(JsonSchema schema, JsonNode schemaJson) {
    this.schema = schema;
    this.messages = new SchemaMessages(schemaJson);
  }

  /** Loads the schema shipped in the generator jar. */
  public static SchemaChecker load() {
    JsonNode json;
    try (InputStream in = SchemaChecker.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the generator jar lacks " + RESOURCE);
      }
      json = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(json, config);
    return new SchemaChecker(schema, json);
  }

  /** Reports every schema violation of {@code tree}; a tree without a root is left alone. */
  public void check(SyntaxTree tree, Diagnostics diagnostics) {
    if (tree.root().isEmpty()) {
      return;
    }
    JsonNode json = JsonView.of(tree.root().get());
    List<ValidationMessage> found =
        schema.validate(json).stream()
            .sorted(
                Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                    .thenComparing(ValidationMessage::getType)
                    .thenComparing(ValidationMessage::getMessage))
            .toList();
    for (ValidationMessage message : found) {
      diagnostics.add(messages.translate(tree, message));
    }
  }
}
