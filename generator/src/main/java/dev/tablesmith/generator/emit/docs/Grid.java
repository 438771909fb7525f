package dev.tablesmith.generator.emit.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of the review, the same for Markdown and HTML: header cells, then rows of cells of the
 * same width. A cell is a run of spans, each saying whether it holds model text (escaped by the
 * writer), model text set as code, or the generator's own plain words and numbers.
 */
record Grid(List<Cell> header, List<List<Cell>> rows) {

  Grid {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
    for (List<Cell> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException(
            "row of " + row.size() + " cells under " + header.size());
      }
    }
  }

  /** A grid whose header cells are plain words. */
  static Grid of(List<String> header, List<List<Cell>> rows) {
    return new Grid(header.stream().map(Cell::plain).toList(), rows);
  }

  /** A piece of a cell. */
  sealed interface Span permits Text, Code, Plain, Break {}

  /** Model text. */
  record Text(String text) implements Span {}

  /** Model text set as code (a template, a key condition, an attribute name). */
  record Code(String text) implements Span {}

  /** Words and numbers the generator wrote, from a small set of characters. */
  record Plain(String text) implements Span {}

  /** A line break inside the cell. */
  record Break() implements Span {}

  /** One cell: its spans, written one after another. */
  record Cell(List<Span> spans) {
    /** The mark of a cell with nothing to say. */
    static final Cell NONE = plain("—");

    Cell {
      spans = List.copyOf(spans);
    }

    static Cell text(String text) {
      return new Cell(List.of(new Text(text)));
    }

    static Cell code(String text) {
      return new Cell(List.of(new Code(text)));
    }

    static Cell plain(String text) {
      return new Cell(List.of(new Plain(text)));
    }

    static Cell of(Span... spans) {
      return new Cell(List.of(spans));
    }

    /** {@code cells} one after another, {@code separator} between each two. */
    static Cell join(List<Cell> cells, Span separator) {
      List<Span> spans = new ArrayList<>();
      for (Cell c : cells) {
        if (!spans.isEmpty()) {
          spans.add(separator);
        }
        spans.addAll(c.spans());
      }
      return new Cell(spans);
    }
  }
}
