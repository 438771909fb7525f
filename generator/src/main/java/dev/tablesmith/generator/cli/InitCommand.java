package dev.tablesmith.generator.cli;

import dev.tablesmith.generator.pipeline.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tablesmith init [FILE]}: writes a starter model whose comments teach the language. It
 * checks clean, so {@code plan} and {@code generate} work on it at once.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description =
        "Writes a starter model (customers and orders) whose comments teach the language.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:written",
      "1:the name or package given makes an invalid model; nothing written",
      "2:usage error, or FILE exists (use --force) or cannot be written",
      "3:internal error"
    })
final class InitCommand implements Callable<Integer> {
  static final String STARTER = "dev/tablesmith/generator/cli/starter.tablesmith.yaml";
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      defaultValue = "model.tablesmith.yaml",
      description = "The file to write (default: model.tablesmith.yaml).")
  private Path file;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description =
          "The model's name, which prefixes generated types (default: from FILE, e.g. Orders for"
              + " orders.tablesmith.yaml).")
  private String name;

  @Option(
      names = "--package",
      paramLabel = "PACKAGE",
      description =
          "The Java package of the generated code (default: com.example.<name in lower case>).")
  private String packageName;

  @Option(names = "--force", description = "Overwrite FILE if it exists.")
  private boolean force;

  @CommandLine.Mixin private Terminal.ColorOption color;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    String modelName = name != null ? name : nameFrom(file);
    String pkg =
        packageName != null ? packageName : "com.example." + modelName.toLowerCase(Locale.ROOT);
    String table =
        modelName.toLowerCase(Locale.ROOT).length() >= 3
            ? modelName.toLowerCase(Locale.ROOT)
            : "my-table";
    String text =
        starter().replace("@NAME@", modelName).replace("@PACKAGE@", pkg).replace("@TABLE@", table);
    Pipeline.Result result = new Pipeline().runText(file.toString(), text);
    if (result.diagnostics().hasErrors()) {
      result.diagnostics().sorted().forEach(d -> err.println(Terminal.render(d, color.enabled())));
      err.println(
          "tablesmith: nothing written; give --name (letters and digits, starting with a capital)"
              + " and --package (a Java package name)");
      return Main.MODEL_ERRORS;
    }
    if (Files.exists(file) && !force) {
      err.println("tablesmith: " + file + " exists; use --force to overwrite it");
      return Main.USAGE_ERROR;
    }
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("tablesmith: cannot write " + file + ": " + e.getMessage());
      return Main.USAGE_ERROR;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("wrote " + file + " (model " + modelName + ", package " + pkg + ")");
    out.println("next: tablesmith check " + file + " && tablesmith plan " + file);
    return 0;
  }

  /**
   * {@code orders.tablesmith.yaml} gives {@code Orders}; a name that is no identifier gives {@code
   * App}.
   */
  static String nameFrom(Path file) {
    Path leaf = file.getFileName();
    String base =
        leaf == null
            ? ""
            : leaf.toString()
                .replaceFirst("\\.tablesmith\\.ya?ml$", "")
                .replaceFirst("\\.ya?ml$", "");
    StringBuilder out = new StringBuilder();
    for (String part : base.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    String derived = out.toString();
    return WORD.matcher(derived).matches() && !derived.equals("Model") ? derived : "App";
  }

  static String starter() throws IOException {
    try (InputStream in = InitCommand.class.getClassLoader().getResourceAsStream(STARTER)) {
      if (in == null) {
        throw new IllegalStateException("the CLI jar lacks " + STARTER);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
