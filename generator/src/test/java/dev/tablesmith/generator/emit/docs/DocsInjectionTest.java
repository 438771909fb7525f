package dev.tablesmith.generator.emit.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.generator.Models;
import dev.tablesmith.generator.diag.Diagnostic;
import dev.tablesmith.generator.diag.Location;
import dev.tablesmith.generator.diag.Severity;
import dev.tablesmith.generator.emit.GeneratedFile;
import dev.tablesmith.generator.emit.java.HostileModel;
import dev.tablesmith.generator.model.Index;
import dev.tablesmith.generator.pipeline.Pipeline;
import dev.tablesmith.generator.plan.PlannedModel;
import dev.tablesmith.generator.plan.PlannedPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * Hostile model text ({@link HostileDocsModel}, and {@link HostileModel} as the Java emitter's
 * test writes it) in every field a review shows. Read back by the tools a reader's screen uses,
 * the documents hold exactly the structure the generator writes, and every payload only as text:
 * the Markdown as CommonMark with GFM tables parses and renders it, the Mermaid diagrams line by
 * line, the HTML page as the JDK's XML parser reads it.
 */
class DocsInjectionTest {
  /** The node types the generator writes; a payload that made any other would show here. */
  private static final Set<Class<? extends Node>> MARKDOWN_NODES = Set.of(Document.class, Heading.class,
      Paragraph.class, Text.class, HtmlInline.class, TableBlock.class, TableHead.class, TableBody.class,
      TableRow.class, TableCell.class, BulletList.class, ListItem.class, FencedCodeBlock.class);
  private static final Set<String> RAW_HTML = Set.of("<code>", "</code>", "<br>");
  private static final Pattern MERMAID_LINE = Pattern.compile(
      "flowchart LR|  n[0-9]+\\[\"[A-Za-z0-9 #;]*\"\\]|  n[0-9]+ --> n[0-9]+");
  private static final Set<String> ELEMENTS = Set.of("html", "head", "meta", "title", "style", "body", "h1",
      "h2", "h3", "p", "code", "table", "thead", "tbody", "tr", "th", "td", "br", "ul", "li", "pre");
  private static final Map<String, Set<String>> ATTRIBUTES = Map.of("lang", Set.of("en"), "charset",
      Set.of("utf-8"), "id", Set.of("matrix"), "class",
      Set.of("settings", "indexes", "keys", "patterns", "reads", "writes", "collections"));

  /** A hostile model's plan, warnings and documents. */
  record Docs(PlannedModel model, List<Diagnostic> warnings, String markdown, String html) {}

  static Stream<Arguments> models() {
    return Stream.of(Arguments.of("docs", HostileDocsModel.yaml()), Arguments.of("java", HostileModel.yaml()));
  }

  static Docs generate(String yaml) {
    Pipeline.Result result = Models.run(yaml);
    assertFalse(result.diagnostics().hasErrors(), result.diagnostics().render());
    PlannedModel planned = result.models().get(0);
    List<GeneratedFile> files = new DocsEmitter().emit(planned, result.diagnostics());
    List<Diagnostic> warnings = result.diagnostics().sorted().stream()
        .filter(d -> d.severity() == Severity.WARNING).toList();
    return new Docs(planned, warnings, files.get(0).content(), files.get(1).content());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void markdownHasOnlyTheGeneratorsStructureAndModelTextAsText(String name, String yaml) {
    Docs docs = generate(yaml);
    MarkdownDoc md = MarkdownDoc.parse(docs.markdown());
    for (Node n : md.nodes()) {
      assertTrue(MARKDOWN_NODES.contains(n.getClass()), "model text made a " + n.getClass().getSimpleName());
      if (n instanceof HtmlInline h) {
        assertTrue(RAW_HTML.contains(h.getLiteral()), "raw HTML from model text: " + h.getLiteral());
      }
      if (n instanceof FencedCodeBlock f) {
        assertEquals("mermaid", f.getInfo());
      }
    }
    int indexes = docs.model().model().table().allIndexes().size();
    assertEquals(1 + 8 + 2 * indexes + 2, md.nodes().stream().filter(Heading.class::isInstance).count());
    for (List<List<String>> table : md.tables()) {
      table.forEach(row -> assertEquals(table.get(0).size(), row.size(), "cells split by model text: " + row));
    }
    Node title = md.nodes().stream().filter(Heading.class::isInstance).findFirst().orElseThrow();
    assertEquals(docs.model().model().name(), MarkdownDoc.text(title));
    assertEquals(Flat.of(docs.model().model().description()), MarkdownDoc.text(title.getNext()));
    assertPatternRows(docs, md.table("Access patterns"));
    String html = md.html();
    for (String markup : List.of("<script", "<a ", "href", "<b>", "<img", "<!--", "<em>", "<del>", "<h4")) {
      assertFalse(html.contains(markup), markup + " in the rendered Markdown");
    }
  }

  private static void assertPatternRows(Docs docs, List<List<String>> table) {
    List<PlannedPattern> patterns = docs.model().patterns();
    assertEquals(patterns.size() + 1, table.size());
    for (int i = 0; i < patterns.size(); i++) {
      List<String> row = table.get(i + 1);
      assertEquals(patterns.get(i).name(), row.get(0));
      assertEquals(Flat.of(patterns.get(i).declared().description()), row.get(1));
      assertEquals(patterns.get(i).indexName(), row.get(3));
      assertTrue(row.get(4).startsWith(Flat.of(patterns.get(i).keyConditionText())), row.get(4));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void mermaidHoldsOnlyGeneratedIdsAndEncodedLabelsOfTheTemplates(String name, String yaml) {
    Docs docs = generate(yaml);
    List<String> labels = new ArrayList<>();
    for (String diagram : MarkdownDoc.parse(docs.markdown()).fenced("mermaid")) {
      for (String line : diagram.split("\n")) {
        assertTrue(MERMAID_LINE.matcher(line).matches(), "not a generated Mermaid line: " + line);
        int open = line.indexOf("[\"");
        if (open >= 0) {
          labels.add(decode(line.substring(open + 2, line.length() - 2)));
        }
      }
    }
    for (ItemCollections c : ItemCollections.of(docs.model().model())) {
      for (ItemCollections.Group g : c.groups()) {
        assertTrue(labels.contains(Flat.of(g.partition())), g.partition());
      }
    }
  }

  /** A Mermaid label's text: each {@code #<decimal>;} is that code point. */
  private static String decode(String label) {
    Matcher m = Pattern.compile("#([0-9]+);").matcher(label);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1)))));
    }
    return m.appendTail(out).toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void htmlIsWellFormedWithOnlyTheGeneratorsElementsAndModelTextAsText(String name, String yaml)
      throws Exception {
    Docs docs = generate(yaml);
    XhtmlDoc page = XhtmlDoc.parse(docs.html());
    assertEquals(Set.of(org.w3c.dom.Node.ELEMENT_NODE, org.w3c.dom.Node.TEXT_NODE), page.nodeTypes(),
        "only elements and text below the root: no comment, CDATA, entity or processing instruction");
    for (Element e : page.elements()) {
      assertTrue(ELEMENTS.contains(e.getTagName()), "element from model text: " + e.getTagName());
      for (int i = 0; i < e.getAttributes().getLength(); i++) {
        org.w3c.dom.Node a = e.getAttributes().item(i);
        assertTrue(ATTRIBUTES.getOrDefault(a.getNodeName(), Set.of()).contains(a.getNodeValue()),
            "attribute from model text: " + a.getNodeName() + "=" + a.getNodeValue());
      }
    }
    assertEquals(docs.model().model().name(), page.elements("h1").get(0).getTextContent());
    assertEquals(docs.model().model().description(), page.elements("p").get(0).getTextContent());
    Element patterns = page.elements("table").stream().filter(t -> t.getAttribute("class").equals("patterns"))
        .findFirst().orElseThrow();
    List<Element> rows = XhtmlDoc.children(XhtmlDoc.children(patterns, "tbody").get(0), "tr");
    List<PlannedPattern> planned = docs.model().patterns();
    assertEquals(planned.size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      List<Element> cells = XhtmlDoc.children(rows.get(i), "td");
      assertEquals(PatternSection.HEADER.size(), cells.size());
      assertEquals(planned.get(i).declared().description(), cells.get(1).getTextContent());
      assertEquals(planned.get(i).indexName(), cells.get(3).getTextContent());
    }
    List<String> indexes = docs.model().model().table().allIndexes().stream().map(Index::name).toList();
    List<Element> matrix = XhtmlDoc.children(XhtmlDoc.children(page.byId("matrix"), "tbody").get(0), "tr");
    for (int i = 0; i < matrix.size(); i++) {
      List<Element> cells = XhtmlDoc.children(matrix.get(i), "td");
      assertEquals(indexes.indexOf(planned.get(i).indexName()),
          cells.indexOf(cells.stream().filter(c -> c.getAttribute("class").equals("reads")).findFirst().orElseThrow()));
      assertEquals(1, cells.stream().filter(c -> !c.getTextContent().isEmpty()).count());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void warningsThatQuoteModelTextStayText(String name, String yaml) throws Exception {
    Docs docs = generate(yaml);
    assertFalse(docs.warnings().isEmpty());
    List<String> expected = docs.warnings().stream().map(d -> new Diagnostic(d.code(),
        new Location(Models.FILE, d.location().line(), d.location().column()), d.message(), d.hint()).render())
        .toList();
    List<String> pre = XhtmlDoc.parse(docs.html()).elements("pre").stream().map(Element::getTextContent).toList();
    assertEquals(expected, pre);
    MarkdownDoc md = MarkdownDoc.parse(docs.markdown());
    List<String> items = md.nodes().stream().filter(ListItem.class::isInstance).map(MarkdownDoc::text)
        .filter(t -> t.startsWith(Models.FILE)).toList();
    assertEquals(expected.stream().map(w -> Flat.of(w.replace("\n    ", "\n"))).toList(),
        items.stream().map(Flat::of).toList());
  }
}
