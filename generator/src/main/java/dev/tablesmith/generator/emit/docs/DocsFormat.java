package dev.tablesmith.generator.emit.docs;

/** A kind of review document, and the extension of its file. */
public enum DocsFormat {
  /** GitHub Flavored Markdown with Mermaid diagrams: {@code NAME.md}. */
  MARKDOWN("md"),
  /** One self-contained HTML page: {@code NAME.html}. */
  HTML("html");

  private final String extension;

  DocsFormat(String extension) {
    this.extension = extension;
  }

  /** The file extension, without the dot. */
  public String extension() {
    return extension;
  }
}
