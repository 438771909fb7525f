/**
 * Stage 6, emit.docs: the planned model to design-review documents, one GitHub Markdown file
 * (tables and Mermaid diagrams) and one self-contained HTML page per model. Model text reaches them
 * only through {@link dev.tablesmith.generator.emit.docs.MarkdownText}, {@link
 * dev.tablesmith.generator.emit.docs.MermaidText} and {@link
 * dev.tablesmith.generator.emit.docs.HtmlText}, one escaper per language.
 */
package dev.tablesmith.generator.emit.docs;
