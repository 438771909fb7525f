package dev.tablesmith.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --format sarif} writes a SARIF 2.1.0 log valid against the OASIS schema
 * ({@code src/test/resources/sarif/sarif-2.1.0-rtm.5.json}, the final 2.1.0 schema as Microsoft's
 * MIT-licensed {@code @microsoft/jest-sarif} npm package ships it), with one located result per
 * diagnostic.
 */
class SarifTest {
  private static JsonSchema schema;

  @TempDir Path temp;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in = SarifTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(new ObjectMapper().readTree(in));
    }
    assertFalse(schema.validate(new ObjectMapper().readTree("{\"version\": \"2.1.0\", \"runs\": [{}]}")).isEmpty(),
        "the schema refuses a run without its tool");
  }

  private static JsonNode valid(String sarif) throws Exception {
    JsonNode log = new ObjectMapper().readTree(sarif);
    Set<ValidationMessage> problems = schema.validate(log);
    assertEquals(Set.of(), problems, sarif);
    return log;
  }

  @Test
  void errorsAndWarningsBecomeLocatedResults() throws Exception {
    Path bad = temp.resolve("bad model.tablesmith.yaml");
    Files.writeString(bad, """
        tablesmith: 1
        name: Demo
        package: com.example.demo
        table: { name: demo, partitionKey: PK, sortKey: SK, stram: none }
        entities:
          User:
            attributes: { userId: string, email: string }
            key: { partition: "USER#<userId>", sort: PROFILE }
        accessPatterns:
          getUser: { get: Usr }
        """, StandardCharsets.UTF_8);
    Path missing = temp.resolve("missing.tablesmith.yaml");
    Cli run = Cli.run("check", "--format", "sarif", bad.toString(), missing.toString());
    assertEquals(1, run.exitCode());
    JsonNode log = valid(run.out());
    assertEquals("2.1.0", log.get("version").asText());
    JsonNode sarifRun = log.get("runs").get(0);
    assertEquals("tablesmith", sarifRun.get("tool").get("driver").get("name").asText());
    JsonNode results = sarifRun.get("results");
    assertEquals(2, results.size(), run.out());
    JsonNode first = results.get(0);
    assertEquals("TS101", first.get("ruleId").asText());
    assertEquals("error", first.get("level").asText());
    assertEquals("unknown key 'stram' in table\ndid you mean 'stream'?", first.get("message").get("text").asText());
    JsonNode location = first.get("locations").get(0).get("physicalLocation");
    assertEquals(bad.toUri().toString(), location.get("artifactLocation").get("uri").asText());
    assertEquals(4, location.get("region").get("startLine").asInt());
    assertEquals(53, location.get("region").get("startColumn").asInt());
    JsonNode whole = results.get(1).get("locations").get(0).get("physicalLocation");
    assertEquals("TS009", results.get(1).get("ruleId").asText());
    assertFalse(whole.has("region"), "a file that cannot be read has no line");
    JsonNode rules = sarifRun.get("tool").get("driver").get("rules");
    assertEquals("TS101", rules.get(first.get("ruleIndex").asInt()).get("id").asText());
  }

  @Test
  void relativePathsAreRelativeUrisUnderTheSourceRoot() throws Exception {
    Cli run = Cli.run("check", "--format", "sarif", "../examples/src/main/tablesmith/store.tablesmith.yaml");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode results = valid(run.out()).get("runs").get(0).get("results");
    assertTrue(results.size() > 0, "the store model has warnings");
    for (JsonNode result : results) {
      assertEquals("warning", result.get("level").asText());
      JsonNode artifact = result.get("locations").get(0).get("physicalLocation").get("artifactLocation");
      assertEquals("../examples/src/main/tablesmith/store.tablesmith.yaml", artifact.get("uri").asText());
      assertEquals("%SRCROOT%", artifact.get("uriBaseId").asText());
    }
  }

  @Test
  void aCleanModelIsAValidLogWithNoResults() throws Exception {
    Cli run = Cli.run("check", "--format", "sarif", "../examples/src/main/tablesmith/shop.tablesmith.yaml");
    assertEquals(0, run.exitCode());
    assertEquals(0, valid(run.out()).get("runs").get(0).get("results").size());
  }
}
