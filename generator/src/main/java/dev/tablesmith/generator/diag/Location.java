package dev.tablesmith.generator.diag;

import java.util.Comparator;

/**
 * A place in a model file: the file as the user named it, 1-based line and column.
 *
 * <p>Line 0 means "the file as a whole" (a file that cannot be read has no line to point at).
 */
public record Location(String file, int line, int column) implements Comparable<Location> {

  private static final Comparator<Location> ORDER =
      Comparator.comparing(Location::file)
          .thenComparingInt(Location::line)
          .thenComparingInt(Location::column);

  /** The location of a whole file. */
  public static Location of(String file) {
    return new Location(file, 0, 0);
  }

  @Override
  public int compareTo(Location other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return line == 0 ? file : file + ":" + line + ":" + column;
  }
}
