package dev.tablesmith.generator.emit.docs;

import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.emit.GeneratedFile;
import dev.tablesmith.generator.plan.PlannedModel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Stage 6, emit.docs: a {@link PlannedModel} in, its design-review documents out: {@code NAME.md}
 * (GitHub Markdown: the table, indexes, key templates, access patterns, item collections as Mermaid
 * diagrams, the checker's warnings, estimated capacity units per call and every assumption behind
 * them) and {@code NAME.html} (the same as one self-contained page, plus a matrix of which index
 * each pattern reads). Reports nothing: a model that reached this stage has no errors, and its
 * warnings are shown in the documents. Deterministic byte for byte.
 */
public final class DocsEmitter {
  private final Set<DocsFormat> formats;

  /** An emitter writing both formats. */
  public DocsEmitter() {
    this(EnumSet.allOf(DocsFormat.class));
  }

  /** An emitter writing {@code formats}. */
  public DocsEmitter(Set<DocsFormat> formats) {
    this.formats = formats.isEmpty() ? EnumSet.noneOf(DocsFormat.class) : EnumSet.copyOf(formats);
  }

  /**
   * The documents of {@code planned}, Markdown first, showing the warnings among {@code
   * diagnostics} whose location is in the model's file.
   */
  public List<GeneratedFile> emit(PlannedModel planned, Diagnostics diagnostics) {
    Review review = Review.of(planned, diagnostics.sorted());
    String name = planned.model().name();
    List<GeneratedFile> files = new ArrayList<>();
    for (DocsFormat format : formats) {
      String content =
          format == DocsFormat.MARKDOWN ? MarkdownWriter.write(review) : HtmlWriter.write(review);
      files.add(new GeneratedFile(name + "." + format.extension(), content));
    }
    return files;
  }
}
