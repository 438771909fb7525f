package dev.tablesmith.generator.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The version, from a resource Maven fills in at build time. */
final class Version implements CommandLine.IVersionProvider {
  static final String RESOURCE = "dev/tablesmith/generator/version.txt";

  @Override
  public String[] getVersion() throws IOException {
    try (InputStream in = Version.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      String version = in == null ? "unknown" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      return new String[] {"tablesmith " + version};
    }
  }
}
