package dev.tablesmith.generator.read;

import dev.tablesmith.generator.diag.Code;
import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.diag.Location;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Stage 1, read: a model file in, a {@link SyntaxTree} out, every node carrying its
 * file:line:column.
 *
 * <p>It builds the tree from snakeyaml's event stream rather than its composer: events show which
 * tags were written explicitly, and building iteratively means no input can overflow the stack.
 * Hardened against hostile files: size, nesting depth, alias count and alias expansion are capped;
 * duplicate keys, explicit tags and merge keys are errors. Reports TS001 to TS012.
 */
public final class ModelReader {
  /** Files larger than this are refused before parsing. */
  public static final int MAX_BYTES = 3 * 1024 * 1024;

  /** Reads the file at {@code path}, naming it {@code displayName} in diagnostics. */
  public SyntaxTree read(Path path, String displayName, Diagnostics diagnostics) {
    Location whole = Location.of(displayName);
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        diagnostics.report(Code.TS005, whole, size);
        return new SyntaxTree(displayName, Optional.empty());
      }
      return read(displayName, decode(Files.readAllBytes(path)), diagnostics);
    } catch (NoSuchFileException e) {
      diagnostics.report(Code.TS009, whole, "no such file");
    } catch (CharacterCodingException e) {
      diagnostics.report(Code.TS009, whole, "the file is not valid UTF-8");
    } catch (IOException e) {
      diagnostics.report(Code.TS009, whole, describe(e));
    }
    return new SyntaxTree(displayName, Optional.empty());
  }

  /** Reads model text already in memory, naming it {@code displayName} in diagnostics. */
  public SyntaxTree read(String displayName, String text, Diagnostics diagnostics) {
    if (text.length() > MAX_BYTES) {
      diagnostics.report(Code.TS005, Location.of(displayName), text.length());
      return new SyntaxTree(displayName, Optional.empty());
    }
    TreeBuilder builder = new TreeBuilder(displayName, diagnostics);
    try {
      ParserImpl parser = new ParserImpl(new StreamReader(new StringReader(text)), options());
      while (parser.peekEvent() != null && !builder.done()) {
        Event event = parser.getEvent();
        builder.accept(event);
      }
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = problem(e);
      diagnostics.reportWithHint(
          Code.TS001, locate(displayName, mark), syntaxHint(problem), problem);
      return new SyntaxTree(displayName, Optional.empty());
    } catch (ReaderException e) {
      diagnostics.report(
          Code.TS001,
          locate(displayName, text, e.getPosition()),
          "character U+"
              + String.format(java.util.Locale.ROOT, "%04X", e.getCodePoint())
              + " is not allowed in YAML; remove it or write it as an escape in a double-quoted"
              + " string");
      return new SyntaxTree(displayName, Optional.empty());
    } catch (YAMLException e) {
      diagnostics.report(Code.TS001, Location.of(displayName), describe(e));
      return new SyntaxTree(displayName, Optional.empty());
    }
    return new SyntaxTree(displayName, builder.root());
  }

  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_BYTES + 1);
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    return options;
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The line and column of the code point at {@code position}. */
  private static Location locate(String file, String text, int position) {
    int line = 1;
    int column = 1;
    int index = 0;
    for (int seen = 0; seen < position && index < text.length(); seen++) {
      int c = text.codePointAt(index);
      index += Character.charCount(c);
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Location(file, line, column);
  }

  static Location locate(String file, Mark mark) {
    return mark == null
        ? Location.of(file)
        : new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** snakeyaml ends plain text at '?' inside { }, so {@code { name: string? }} needs quotes. */
  private static String syntaxHint(String problem) {
    return problem.endsWith("but got ?")
        ? "inside { } quote a type that ends in '?': \"string?\" (or write the mapping in block"
              + " style)"
        : "";
  }

  private static String problem(MarkedYAMLException e) {
    String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
    return problem == null ? "unreadable YAML" : problem.strip();
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message.strip();
  }
}
