package dev.tablesmith.generator.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The version, from a resource Maven fills in at build time. */
final class Version implements CommandLine.IVersionProvider {
  static final String RESOURCE = "dev/tablesmith/generator/version.txt";

  @Override
  public String[] getVersion() {
    return new String[] {"tablesmith " + number()};
  }

  /** The version number, {@code 0.1.0-SNAPSHOT}, or {@code unknown} outside a built jar. */
  static String number() {
    try (InputStream in = Version.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      return in == null ? "unknown" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
