package dev.tablesmith.generator.cli;

/** Placeholder. */
public final class Main {
  private Main() {}

  /** Entry. @param args arguments */
  public static void main(String[] args) {}
}
