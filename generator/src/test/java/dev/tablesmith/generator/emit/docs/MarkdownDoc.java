package dev.tablesmith.generator.emit.docs;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A review's Markdown as a real CommonMark parser with GFM tables reads it (the parser GitHub's
 * rendering follows): its nodes in document order, the tables under each heading, the fenced
 * blocks, and the HTML it renders to.
 */
final class MarkdownDoc {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

  final Node document;

  private MarkdownDoc(Node document) {
    this.document = document;
  }

  static MarkdownDoc parse(String markdown) {
    return new MarkdownDoc(Parser.builder().extensions(EXTENSIONS).build().parse(markdown));
  }

  /** The HTML CommonMark renders, raw HTML passed through as GitHub's renderer would. */
  String html() {
    return HtmlRenderer.builder().extensions(EXTENSIONS).build().render(document);
  }

  /** Every node, depth first in document order. */
  List<Node> nodes() {
    List<Node> all = new ArrayList<>();
    collect(document, all);
    return all;
  }

  private static void collect(Node node, List<Node> all) {
    all.add(node);
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      collect(c, all);
    }
  }

  /** The rows (header first) of the first table after the heading whose text is {@code heading}. */
  List<List<String>> table(String heading) {
    boolean seen = false;
    for (Node n : nodes()) {
      if (n instanceof Heading h && text(h).equals(heading)) {
        seen = true;
      } else if (seen && n instanceof TableBlock t) {
        return rows(t);
      }
    }
    throw new AssertionError("no table after heading " + heading);
  }

  /** Every table's rows, header first, in document order. */
  List<List<List<String>>> tables() {
    return nodes().stream().filter(TableBlock.class::isInstance).map(t -> rows((TableBlock) t)).toList();
  }

  private static List<List<String>> rows(TableBlock table) {
    List<List<String>> rows = new ArrayList<>();
    List<Node> nodes = new ArrayList<>();
    collect(table, nodes);
    for (Node n : nodes) {
      if (n instanceof TableRow r) {
        List<String> cells = new ArrayList<>();
        for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
          cells.add(text((TableCell) c));
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  /** The fenced code blocks whose info string is {@code info}, as their literal text. */
  List<String> fenced(String info) {
    return nodes().stream().filter(n -> n instanceof FencedCodeBlock f && info.equals(f.getInfo()))
        .map(n -> ((FencedCodeBlock) n).getLiteral()).toList();
  }

  /** The text a node shows: its text and code literals, a {@code <br>} as a line break. */
  static String text(Node node) {
    StringBuilder out = new StringBuilder();
    List<Node> nodes = new ArrayList<>();
    collect(node, nodes);
    for (Node n : nodes) {
      if (n instanceof Text t) {
        out.append(t.getLiteral());
      } else if (n instanceof Code c) {
        out.append(c.getLiteral());
      } else if (n instanceof HtmlInline h && h.getLiteral().equals("<br>")) {
        out.append('\n');
      }
    }
    return out.toString();
  }
}
