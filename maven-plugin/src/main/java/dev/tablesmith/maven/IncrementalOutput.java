package dev.tablesmith.maven;

import dev.tablesmith.generator.emit.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outputs of one goal execution and the fingerprint of the inputs that made them, kept in a
 * state file under {@code target/}. Unchanged inputs with outputs as written mean nothing is
 * written (mtimes untouched, so the compiler has nothing to do); otherwise only files whose bytes
 * differ are written, and files the last run wrote that this run does not are deleted.
 */
final class IncrementalOutput {
  private static final String HEADER = "tablesmith-state 1 ";

  /** A file to write under a root directory. */
  record Output(Path root, GeneratedFile file) {
    Path target() {
      return root.resolve(file.path()).normalize();
    }
  }

  /** What a run did. */
  record Report(int total, List<Path> written, int unchanged, List<Path> deleted) {}

  private final Path stateFile;

  IncrementalOutput(Path stateFile) {
    this.stateFile = stateFile;
  }

  /** What the last run recorded: its fingerprint and its outputs with their hashes. */
  private record State(String fingerprint, Map<Path, String> outputs) {}

  /** Whether the last run had this fingerprint and its outputs are still exactly as it wrote them. */
  boolean upToDate(String fingerprint) throws IOException {
    State state = read();
    if (state == null || !state.fingerprint().equals(fingerprint)) {
      return false;
    }
    for (Map.Entry<Path, String> output : state.outputs().entrySet()) {
      try {
        if (!sha256(Files.readAllBytes(output.getKey())).equals(output.getValue())) {
          return false;
        }
      } catch (NoSuchFileException e) {
        return false;
      }
    }
    return true;
  }

  /** Writes what differs, deletes what the last run wrote and this one does not, saves the state. */
  Report write(String fingerprint, List<Output> outputs) throws IOException {
    State last = read();
    Map<Path, String> old = last == null ? null : last.outputs();
    Map<Path, String> now = new LinkedHashMap<>();
    List<Path> written = new ArrayList<>();
    int unchanged = 0;
    for (Output output : outputs) {
      Path target = output.target();
      if (now.put(target, sha256(output.file().bytes())) != null) {
        throw new IOException("two outputs are written to " + target);
      }
      if (output.file().writeTo(output.root())) {
        written.add(target);
      } else {
        unchanged++;
      }
    }
    List<Path> deleted = new ArrayList<>();
    Set<Path> roots = new LinkedHashSet<>();
    outputs.forEach(o -> roots.add(o.root().normalize()));
    if (old != null) {
      for (Path stale : old.keySet()) {
        if (!now.containsKey(stale) && Files.deleteIfExists(stale)) {
          deleted.add(stale);
          pruneEmptyParents(stale, roots);
        }
      }
    }
    Files.createDirectories(stateFile.getParent());
    StringBuilder state = new StringBuilder(HEADER).append(fingerprint).append('\n');
    now.forEach((path, hash) -> state.append(hash).append(' ').append(path).append('\n'));
    Files.writeString(stateFile, state, StandardCharsets.UTF_8);
    return new Report(outputs.size(), written, unchanged, deleted);
  }

  /** The last run's state, or null when there is none (or it is not one this version writes). */
  private State read() throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return null;
    }
    if (lines.isEmpty() || !lines.get(0).startsWith(HEADER)) {
      return null;
    }
    Map<Path, String> outputs = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      int space = line.indexOf(' ');
      if (space > 0) {
        outputs.put(Path.of(line.substring(space + 1)), line.substring(0, space));
      }
    }
    return new State(lines.get(0).substring(HEADER.length()), outputs);
  }

  /** Removes directories left empty by a deletion, up to (not including) the output root. */
  private static void pruneEmptyParents(Path deleted, Set<Path> roots) throws IOException {
    Path dir = deleted.getParent();
    while (dir != null && !roots.contains(dir) && roots.stream().anyMatch(dir::startsWith)) {
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
        if (entries.iterator().hasNext()) {
          return;
        }
      }
      Files.delete(dir);
      dir = dir.getParent();
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
