package dev.tablesmith.generator.emit.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tablesmith.generator.emit.GeneratedFile;
import dev.tablesmith.generator.model.Index;
import dev.tablesmith.generator.pipeline.Pipeline;
import dev.tablesmith.generator.plan.PlannedModel;
import dev.tablesmith.generator.plan.PlannedPattern;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/**
 * The review docs of every example model: equal to their golden files (regenerate with {@code
 * -Dgoldens.update=true}), and read back the way a reader's tools read them: the Markdown by a
 * CommonMark + GFM tables parser, the HTML page by the JDK's XML parser.
 */
class DocsEmitterTest {
  static final Path EXAMPLES = Path.of("..", "examples", "src", "main", "tablesmith");
  static final Path GOLDENS = Path.of("src", "test", "resources", "goldens", "DocsEmitterTest");

  /** A planned example model and its documents. */
  record Docs(PlannedModel model, String markdown, String html, List<GeneratedFile> files) {}

  static Docs generate(String model) {
    Pipeline.Result result = new Pipeline().run(List.of(new Pipeline.Input(EXAMPLES.resolve(model), model)));
    assertFalse(result.diagnostics().hasErrors(), result.diagnostics().render());
    PlannedModel planned = result.models().get(0);
    List<GeneratedFile> files = new DocsEmitter().emit(planned, result.diagnostics());
    assertEquals(List.of(planned.model().name() + ".md", planned.model().name() + ".html"),
        files.stream().map(GeneratedFile::path).toList());
    return new Docs(planned, files.get(0).content(), files.get(1).content(), files);
  }

  @ParameterizedTest
  @ValueSource(strings = {"shop.tablesmith.yaml", "store.tablesmith.yaml", "tracker.tablesmith.yaml"})
  void docsMatchTheGoldens(String model) throws Exception {
    Docs docs = generate(model);
    Path dir = GOLDENS.resolve(model.replace(".tablesmith.yaml", ""));
    boolean update = Boolean.getBoolean("goldens.update");
    for (GeneratedFile file : docs.files()) {
      Path golden = dir.resolve(file.path());
      if (update) {
        Files.createDirectories(dir);
        Files.writeString(golden, file.content(), StandardCharsets.UTF_8);
      } else if (!Files.exists(golden)) {
        fail("missing golden " + golden + "; run with -Dgoldens.update=true to write it");
      } else {
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), file.content(),
            "stale golden " + golden + "; run with -Dgoldens.update=true after checking the change");
      }
    }
    try (Stream<Path> existing = Files.list(dir)) {
      assertEquals(docs.files().size(), existing.count(), "goldens in " + dir + " that nothing generates");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"shop.tablesmith.yaml", "store.tablesmith.yaml", "tracker.tablesmith.yaml"})
  void markdownHasOneRowPerPatternOnItsIndexAndADiagramPerIndex(String model) {
    Docs docs = generate(model);
    MarkdownDoc md = MarkdownDoc.parse(docs.markdown());
    List<PlannedPattern> patterns = docs.model().patterns();
    List<List<String>> table = md.table("Access patterns");
    assertEquals(PatternSection.HEADER, table.get(0));
    assertEquals(patterns.size(), table.size() - 1, "one row per pattern");
    for (int i = 0; i < patterns.size(); i++) {
      List<String> row = table.get(i + 1);
      assertEquals(PatternSection.HEADER.size(), row.size(), row.toString());
      assertEquals(patterns.get(i).name(), row.get(0));
      assertEquals(patterns.get(i).indexName(), row.get(3), patterns.get(i).name());
      assertTrue(row.get(4).startsWith(patterns.get(i).keyConditionText()), row.get(4));
    }
    List<Index> indexes = docs.model().model().table().allIndexes();
    List<String> diagrams = md.fenced("mermaid");
    assertEquals(indexes.size(), diagrams.size(), "a diagram per index");
    for (String diagram : diagrams) {
      assertTrue(diagram.startsWith("flowchart LR\n"), diagram);
      assertTrue(diagram.matches("(?s)[A-Za-z0-9 #;\"\\[\\]>\\n-]*"), diagram);
    }
    for (List<List<String>> grid : md.tables()) {
      grid.forEach(row -> assertEquals(grid.get(0).size(), row.size(), row.toString()));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"shop.tablesmith.yaml", "store.tablesmith.yaml", "tracker.tablesmith.yaml"})
  void htmlParsesAsXmlAndItsMatrixMarksExactlyEachPatternsIndex(String model) throws Exception {
    Docs docs = generate(model);
    XhtmlDoc page = XhtmlDoc.parse(docs.html());
    assertTrue(page.elements("script").isEmpty());
    assertTrue(page.elements("link").isEmpty());
    assertTrue(page.elements("img").isEmpty());
    Element matrix = page.byId("matrix");
    List<String> columns = XhtmlDoc.children(XhtmlDoc.children(XhtmlDoc.children(matrix, "thead").get(0), "tr")
        .get(0), "th").stream().map(Element::getTextContent).toList();
    List<String> indexes = docs.model().model().table().allIndexes().stream().map(Index::name).toList();
    assertEquals("pattern", columns.get(0));
    assertEquals(indexes, columns.subList(1, columns.size()));
    List<Element> rows = XhtmlDoc.children(XhtmlDoc.children(matrix, "tbody").get(0), "tr");
    List<PlannedPattern> patterns = docs.model().patterns();
    assertEquals(patterns.size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(patterns.get(i).name(), XhtmlDoc.children(rows.get(i), "th").get(0).getTextContent());
      List<Element> cells = XhtmlDoc.children(rows.get(i), "td");
      assertEquals(indexes.size(), cells.size());
      List<Integer> marked = new java.util.ArrayList<>();
      for (int c = 0; c < cells.size(); c++) {
        if (cells.get(c).getAttribute("class").equals("reads")) {
          marked.add(c);
        }
      }
      assertEquals(List.of(indexes.indexOf(patterns.get(i).indexName())), marked, patterns.get(i).name());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"shop.tablesmith.yaml", "store.tablesmith.yaml", "tracker.tablesmith.yaml"})
  void docsAreTheSameBytesTwiceAndUnderAnotherLocale(String model) {
    Docs first = generate(model);
    Locale saved = Locale.getDefault();
    Docs second;
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      second = generate(model);
    } finally {
      Locale.setDefault(saved);
    }
    assertEquals(first.markdown(), second.markdown());
    assertEquals(first.html(), second.html());
    assertFalse(first.markdown().contains("\r") || first.html().contains("\r"), "\\n line ends only");
    assertFalse(first.markdown().contains("http") || first.html().contains("http"), "no external URL");
  }
}
