package dev.tablesmith.generator.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablesmith.generator.diag.Code;
import dev.tablesmith.generator.diag.Diagnostic;
import dev.tablesmith.generator.diag.Severity;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code check --format sarif}: the diagnostics as a SARIF 2.1.0 log, which CI systems (GitHub code
 * scanning among them) turn into annotations on the lines of a pull request. One run, one rule per
 * code that occurs, one result per diagnostic; a location's URI is the file as shown, relative to
 * the directory the command ran in ({@code %SRCROOT%}) when it lies below it.
 */
final class SarifOutput {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SarifOutput() {}

  static String log(List<Diagnostic> diagnostics, String version) {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "tablesmith");
    driver.put("semanticVersion", version);
    Map<Code, Integer> ruleIndex = new TreeMap<>();
    diagnostics.forEach(d -> ruleIndex.putIfAbsent(d.code(), 0));
    ArrayNode rules = driver.putArray("rules");
    int i = 0;
    for (Code code : ruleIndex.keySet()) {
      ruleIndex.put(code, i++);
      ObjectNode rule = rules.addObject();
      rule.put("id", code.name());
      rule.putObject("defaultConfiguration").put("level", level(code.severity()));
    }
    ArrayNode results = run.putArray("results");
    for (Diagnostic d : diagnostics) {
      ObjectNode result = results.addObject();
      result.put("ruleId", d.code().name());
      result.put("ruleIndex", ruleIndex.get(d.code()));
      result.put("level", level(d.severity()));
      result
          .putObject("message")
          .put("text", d.hintText().map(h -> d.message() + "\n" + h).orElse(d.message()));
      ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
      ObjectNode artifact = physical.putObject("artifactLocation");
      Path file = Path.of(d.location().file());
      if (file.isAbsolute()) {
        artifact.put("uri", file.toUri().toString());
      } else {
        artifact.put("uri", relativeUri(d.location().file()));
        artifact.put("uriBaseId", "%SRCROOT%");
      }
      if (d.location().line() > 0) {
        physical
            .putObject("region")
            .put("startLine", d.location().line())
            .put("startColumn", d.location().column());
      }
    }
    run.put("columnKind", "utf16CodeUnits");
    try {
      return JSON.writeValueAsString(root).replace("\r\n", "\n");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String level(Severity severity) {
    return severity == Severity.ERROR ? "error" : "warning";
  }

  /**
   * A relative path as a URI reference: {@code /}-separated, everything but unreserved characters
   * escaped.
   */
  static String relativeUri(String path) {
    StringBuilder uri = new StringBuilder();
    for (byte b : path.replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-._~/".indexOf(c) >= 0) {
        uri.append(c);
      } else {
        uri.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xff));
      }
    }
    return uri.toString();
  }
}
