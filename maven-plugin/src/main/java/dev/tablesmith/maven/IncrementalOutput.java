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
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inputs and outputs of one goal execution, kept in a state file under {@code target/}: a key
 * (the goal, the plugin and the configuration), each model file and each output with its size, time
 * and SHA-256. When the key and every file are as recorded, nothing is written (mtimes stay, so the
 * compiler has nothing to do); a file whose size or time moved is compared by content, so a touched
 * but unchanged model costs a hash, not a run. Otherwise only outputs whose bytes differ are
 * written, and outputs the last run wrote that this one does not are deleted.
 */
final class IncrementalOutput {
  private static final String HEADER = "tablesmith-state 3";

  /** A file to write under a root directory. */
  record Output(Path root, GeneratedFile file) {
    Path target() {
      return root.resolve(file.path()).normalize();
    }
  }

  /** What a run did. */
  record Report(int total, List<Path> written, int unchanged, List<Path> deleted) {}

  /** One file as recorded: its hash, and its size and time when recorded. */
  private record Snapshot(String sha256, long size, long modified) {
    static Snapshot of(Path file, byte[] bytes) throws IOException {
      return new Snapshot(
          IncrementalOutput.sha256(bytes),
          Files.size(file),
          Files.getLastModifiedTime(file).toMillis());
    }

    /**
     * Whether the file still holds what was recorded: same size and time, or else the same bytes.
     */
    boolean matches(Path file) throws IOException {
      try {
        if (Files.size(file) == size && Files.getLastModifiedTime(file).toMillis() == modified) {
          return true;
        }
        return IncrementalOutput.sha256(Files.readAllBytes(file)).equals(sha256);
      } catch (NoSuchFileException e) {
        return false;
      }
    }

    String line(String kind, Path path) {
      return kind + ' ' + sha256 + ' ' + size + ' ' + modified + ' ' + path + '\n';
    }
  }

  /** What the last run recorded. */
  private record State(String key, Map<Path, Snapshot> inputs, Map<Path, Snapshot> outputs) {}

  private final Path stateFile;

  IncrementalOutput(Path stateFile) {
    this.stateFile = stateFile;
  }

  /**
   * Whether the last run had this key and these inputs, and its outputs are still as it wrote them.
   */
  boolean upToDate(String key, List<Path> inputs) throws IOException {
    State state = read();
    if (state == null
        || !state.key().equals(key)
        || !state.inputs().keySet().equals(new LinkedHashSet<>(inputs))) {
      return false;
    }
    for (Map.Entry<Path, Snapshot> input : state.inputs().entrySet()) {
      if (!input.getValue().matches(input.getKey())) {
        return false;
      }
    }
    for (Map.Entry<Path, Snapshot> output : state.outputs().entrySet()) {
      if (!output.getValue().matches(output.getKey())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes what differs, deletes what the last run wrote and this one does not, saves the state.
   */
  Report write(String key, List<Path> inputs, List<Output> outputs) throws IOException {
    State last = read();
    Map<Path, Snapshot> now = new LinkedHashMap<>();
    List<Path> written = new ArrayList<>();
    int unchanged = 0;
    for (Output output : outputs) {
      Path target = output.target();
      if (now.containsKey(target)) {
        throw new IOException("two outputs are written to " + target);
      }
      if (output.file().writeTo(output.root())) {
        written.add(target);
      } else {
        unchanged++;
      }
      now.put(target, Snapshot.of(target, output.file().bytes()));
    }
    List<Path> deleted = new ArrayList<>();
    Set<Path> roots = new LinkedHashSet<>();
    outputs.forEach(o -> roots.add(o.root().normalize()));
    if (last != null) {
      for (Path stale : last.outputs().keySet()) {
        if (!now.containsKey(stale) && Files.deleteIfExists(stale)) {
          deleted.add(stale);
          pruneEmptyParents(stale, roots);
        }
      }
    }
    StringBuilder state = new StringBuilder(HEADER).append('\n');
    state
        .append("key ")
        .append(Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8)))
        .append('\n');
    for (Path input : inputs) {
      state.append(Snapshot.of(input, Files.readAllBytes(input)).line("in", input));
    }
    now.forEach((path, snapshot) -> state.append(snapshot.line("out", path)));
    Files.createDirectories(stateFile.getParent());
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
    if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("key ")) {
      return null;
    }
    String key =
        new String(Base64.getDecoder().decode(lines.get(1).substring(4)), StandardCharsets.UTF_8);
    Map<Path, Snapshot> inputs = new LinkedHashMap<>();
    Map<Path, Snapshot> outputs = new LinkedHashMap<>();
    for (String line : lines.subList(2, lines.size())) {
      String[] f = line.split(" ", 5);
      if (f.length == 5) {
        (f[0].equals("in") ? inputs : outputs)
            .put(Path.of(f[4]), new Snapshot(f[1], Long.parseLong(f[2]), Long.parseLong(f[3])));
      }
    }
    return new State(key, inputs, outputs);
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
