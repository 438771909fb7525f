package dev.tablesmith.generator.emit.docs;

/**
 * Model text as a Mermaid node label: {@code ["..."]}, where every character but ASCII letters,
 * digits and the space is written as Mermaid's entity code {@code #<decimal>;} (a quote is {@code
 * #34;}). No label can close its node, start an edge, a comment ({@code %%}), a directive, a {@code
 * subgraph}/{@code end} or a Markdown fence. Node ids are never model text.
 */
final class MermaidText {
  private MermaidText() {}

  /** The node label {@code ["..."]} showing {@code text}. */
  static String label(String text) {
    String flat = Flat.of(text);
    StringBuilder out = new StringBuilder(flat.length() + 16).append("[\"");
    for (int i = 0; i < flat.length(); ) {
      int cp = flat.codePointAt(i);
      if (isSafe(cp)) {
        out.append((char) cp);
      } else {
        out.append('#').append(cp).append(';');
      }
      i += Character.charCount(cp);
    }
    return out.append("\"]").toString();
  }

  private static boolean isSafe(int cp) {
    return (cp >= 'a' && cp <= 'z')
        || (cp >= 'A' && cp <= 'Z')
        || (cp >= '0' && cp <= '9')
        || cp == ' ';
  }
}
