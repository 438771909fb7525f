package dev.tablesmith.generator.emit;

import com.squareup.javapoet.JavaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A text file an emitter produced: a path relative to the output directory ({@code /}-separated)
 * and its whole content, with {@code \n} line ends. Written as UTF-8 bytes, the same on every
 * machine.
 */
public record GeneratedFile(String path, String content) {
  public GeneratedFile {
    if (path.isEmpty() || path.startsWith("/") || Arrays.asList(path.split("/")).contains("..")) {
      throw new IllegalArgumentException("not a relative path: " + path);
    }
  }

  /** A generated Java source, at its package's folder. */
  public static GeneratedFile java(JavaFile file) {
    String folder = file.packageName.isEmpty() ? "" : file.packageName.replace('.', '/') + "/";
    return new GeneratedFile(folder + file.typeSpec.name + ".java", file.toString());
  }

  /** The content as UTF-8. */
  public byte[] bytes() {
    return content.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes the file under {@code dir}, creating folders, unless it already holds these bytes.
   *
   * @return whether the file was written
   */
  public boolean writeTo(Path dir) throws IOException {
    Path target = dir.resolve(path);
    byte[] bytes = bytes();
    if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
      return false;
    }
    Files.createDirectories(target.getParent());
    Files.write(target, bytes);
    return true;
  }
}
