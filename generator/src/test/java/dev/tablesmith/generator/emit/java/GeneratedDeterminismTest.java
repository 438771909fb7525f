package dev.tablesmith.generator.emit.java;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.squareup.javapoet.JavaFile;
import dev.tablesmith.generator.cli.Main;
import dev.tablesmith.generator.emit.GeneratedFile;
import dev.tablesmith.generator.emit.cdk.CdkEmitter;
import dev.tablesmith.generator.emit.cdk.CdkEmitterTest;
import dev.tablesmith.generator.emit.cdk.CdkInjectionTest;
import dev.tablesmith.generator.emit.cdk.CloudFormationEmitter;
import dev.tablesmith.generator.emit.docs.DocsEmitter;
import dev.tablesmith.generator.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code tablesmith generate} in a child JVM writes the same bytes whatever the machine says:
 * plain; under a Turkish locale (where {@code "i".toUpperCase()} is a dotted capital I); under
 * a Latin-1 default charset, CRLF line separators and an ASCII native encoding (LC_ALL=C, since
 * {@code -Dsun.jnu.encoding} alone is ignored); and on JDK 25 when the machine has it. The example
 * models' sources equal JavaEmitterTest's goldens byte for byte, and the sources of
 * {@link HostileModel} (non-ASCII text) equal what this JVM generates, as UTF-8.
 * {@code -XshowSettings:properties} proves that each child ran with its settings.
 */
class GeneratedDeterminismTest {
  static final Path DOCS_GOLDENS = Path.of("src", "test", "resources", "goldens", "DocsEmitterTest");
  static final Path JDK_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir
  Path temp;

  static Stream<Arguments> machines() {
    List<String> latin1 = List.of("-Dfile.encoding=ISO-8859-1", "-Dsun.jnu.encoding=ISO-8859-1",
        "-Dline.separator=\r\n");
    return Stream.of(
        Arguments.of("plain", JAVA, List.of(), Map.of(), List.of()),
        Arguments.of("Turkish locale", JAVA, List.of("-Duser.language=tr", "-Duser.country=TR"),
            Map.of(), List.of("user.language = tr", "user.country = TR")),
        Arguments.of("Latin-1, CRLF, ASCII native encoding", JAVA, latin1, Map.of("LC_ALL", "C"),
            List.of("file.encoding = ISO-8859-1", "line.separator = \\r \\n")),
        Arguments.of("JDK 25", JDK_25.toString(), List.of(), Map.of(),
            List.of("java.specification.version = 25")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("machines")
  void generateWritesTheSameBytes(String machine, String java, List<String> flags,
      Map<String, String> env, List<String> settings) throws Exception {
    assumeTrue(Files.isExecutable(Path.of(java)),
        "no java at " + java + ", so the " + machine + " case cannot run on this machine");
    Path hostile = temp.resolve("hostile.tablesmith.yaml");
    Files.writeString(hostile, HostileModel.yaml(), UTF_8);
    Map<String, Path> goldens = goldens();
    Map<String, byte[]> expected = new TreeMap<>();
    for (Map.Entry<String, Path> golden : goldens.entrySet()) {
      expected.put(golden.getKey(), Files.readAllBytes(golden.getValue()));
    }
    expected.putAll(generatedHere(hostile));

    List<String> models = new ArrayList<>();
    goldens.values().stream().map(g -> g.getParent().getFileName().toString()).distinct()
        .map(m -> JavaEmitterTest.EXAMPLES.resolve(m + ".tablesmith.yaml").toString())
        .forEach(models::add);
    models.add(hostile.toString());
    Path out = temp.resolve("out");
    run(List.of(java, "-XshowSettings:properties"), flags, env, settings, "generate", models, out);

    Map<String, byte[]> written = files(out);
    assertEquals(expected.keySet(), written.keySet(), "the files written");
    for (Map.Entry<String, byte[]> file : expected.entrySet()) {
      String name = file.getKey();
      assertEquals(new String(file.getValue(), UTF_8), new String(written.get(name), UTF_8), name);
      assertArrayEquals(file.getValue(), written.get(name), name);
    }
  }

  /**
   * {@code tablesmith cdk} likewise: the example models' constructs and templates equal
   * CdkEmitterTest's goldens, and a model with hostile non-ASCII names gives what this JVM does.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("machines")
  void cdkWritesTheSameBytes(String machine, String java, List<String> flags,
      Map<String, String> env, List<String> settings) throws Exception {
    assumeTrue(Files.isExecutable(Path.of(java)),
        "no java at " + java + ", so the " + machine + " case cannot run on this machine");
    Path hostile = temp.resolve("hostile.tablesmith.yaml");
    Files.writeString(hostile, CdkInjectionTest.yaml(), UTF_8);
    Map<String, byte[]> expected = new TreeMap<>();
    List<String> models = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(CdkEmitterTest.GOLDENS)) {
      for (Path dir : dirs.sorted().toList()) {
        Path model = JavaEmitterTest.EXAMPLES.resolve(dir.getFileName() + ".tablesmith.yaml");
        if (!Files.exists(model)) {
          continue;
        }
        models.add(model.toString());
        try (Stream<Path> goldens = Files.list(dir)) {
          for (Path golden : goldens.toList()) {
            String name = golden.getFileName().toString();
            String path = name.endsWith(".java")
                ? name.substring(0, name.lastIndexOf('.', name.length() - 6)).replace('.', '/') + "/"
                    + name.substring(name.lastIndexOf('.', name.length() - 6) + 1)
                : "templates/" + name;
            expected.put(path, Files.readAllBytes(golden));
          }
        }
      }
    }
    assertEquals(3, models.size(), models.toString());
    Pipeline.Result result = new Pipeline().run(List.of(new Pipeline.Input(hostile, hostile.toString())));
    assertEquals(1, result.models().size(), result.diagnostics().render());
    GeneratedFile construct = GeneratedFile.java(new CdkEmitter().emit(result.models().get(0)));
    expected.put(construct.path(), construct.bytes());
    for (GeneratedFile template : new CloudFormationEmitter().emit(result.models().get(0))) {
      expected.put("templates/" + template.path(), template.bytes());
    }
    models.add(hostile.toString());
    models.add("--templates");
    models.add(temp.resolve("out").resolve("templates").toString());

    Path out = temp.resolve("out");
    run(List.of(java, "-XshowSettings:properties"), flags, env, settings, "cdk", models, out);
    Map<String, byte[]> written = files(out);
    assertEquals(expected.keySet(), written.keySet(), "the files written");
    for (Map.Entry<String, byte[]> file : expected.entrySet()) {
      assertArrayEquals(file.getValue(), written.get(file.getKey()), file.getKey());
    }
  }

  /**
   * {@code tablesmith docs} likewise: the example models' review documents equal DocsEmitterTest's
   * goldens, and {@link HostileModel}'s (non-ASCII text) equal what this JVM writes.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("machines")
  void docsWritesTheSameBytes(String machine, String java, List<String> flags,
      Map<String, String> env, List<String> settings) throws Exception {
    assumeTrue(Files.isExecutable(Path.of(java)),
        "no java at " + java + ", so the " + machine + " case cannot run on this machine");
    Path hostile = temp.resolve("hostile.tablesmith.yaml");
    Files.writeString(hostile, HostileModel.yaml(), UTF_8);
    Map<String, byte[]> expected = new TreeMap<>();
    List<String> models = new ArrayList<>();
    for (String model : List.of("shop", "store", "tracker")) {
      models.add(JavaEmitterTest.EXAMPLES.resolve(model + ".tablesmith.yaml").toString());
      try (Stream<Path> goldens = Files.list(DOCS_GOLDENS.resolve(model))) {
        for (Path golden : goldens.toList()) {
          expected.put(golden.getFileName().toString(), Files.readAllBytes(golden));
        }
      }
    }
    assertEquals(6, expected.size(), expected.keySet().toString());
    Pipeline.Result result = new Pipeline().run(List.of(new Pipeline.Input(hostile, hostile.toString())));
    assertEquals(1, result.models().size(), result.diagnostics().render());
    for (GeneratedFile doc : new DocsEmitter().emit(result.models().get(0), result.diagnostics())) {
      expected.put(doc.path(), doc.bytes());
    }
    models.add(hostile.toString());
    Path out = temp.resolve("out");
    run(List.of(java, "-XshowSettings:properties"), flags, env, settings, "docs", models, out);
    Map<String, byte[]> written = files(out);
    assertEquals(expected.keySet(), written.keySet(), "the files written");
    for (Map.Entry<String, byte[]> file : expected.entrySet()) {
      assertArrayEquals(file.getValue(), written.get(file.getKey()), file.getKey());
    }
  }

  /** Runs the CLI in a child JVM and checks its settings, exit code and output. */
  private void run(List<String> java, List<String> flags, Map<String, String> env,
      List<String> settings, String subcommand, List<String> models, Path out)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(java);
    command.addAll(flags);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
        subcommand));
    command.addAll(models);
    command.addAll(List.of("--out", out.toString()));
    Path stdout = temp.resolve("stdout");
    Path stderr = temp.resolve("stderr");
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    builder.environment().putAll(env);
    Process child = builder.start();
    if (!child.waitFor(5, TimeUnit.MINUTES)) {
      child.destroyForcibly();
      throw new AssertionError("tablesmith " + subcommand + " did not finish in 5 minutes: " + command);
    }
    // -XshowSettings prints the properties, then an empty line, before the program runs.
    String err = Files.readString(stderr, ISO_8859_1).replace("\r\n", "\n");
    int end = Math.max(0, err.indexOf("\n\n"));
    assertEquals(0, child.exitValue(), err.substring(end));
    for (String setting : settings) {
      assertTrue(err.substring(0, end).contains(setting), "the child ran without " + setting
          + ":\n" + err.substring(0, end));
    }
    assertTrue(Files.readString(stdout, ISO_8859_1).matches("(?s)(generated|wrote) .*"), err.substring(end));
  }

  /** JavaEmitterTest's goldens by the path generate writes: com/example/shop/data/Order.java. */
  private static Map<String, Path> goldens() throws IOException {
    Map<String, Path> goldens = new TreeMap<>();
    try (Stream<Path> all = Files.walk(JavaEmitterTest.GOLDENS)) {
      all.filter(Files::isRegularFile).forEach(golden -> {
        String name = golden.getFileName().toString().replaceFirst("\\.java$", "");
        int type = name.lastIndexOf('.');
        goldens.put(name.substring(0, type).replace('.', '/') + "/" + name.substring(type + 1)
            + ".java", golden);
      });
    }
    List<String> models = goldens.values().stream()
        .map(g -> g.getParent().getFileName().toString()).distinct().toList();
    assertTrue(models.containsAll(List.of("shop", "store")), "goldens of " + models);
    return goldens;
  }

  /** The sources of {@code model} generated in this JVM, by path, as UTF-8. */
  private static Map<String, byte[]> generatedHere(Path model) {
    Pipeline.Result result =
        new Pipeline().run(List.of(new Pipeline.Input(model, model.toString())));
    assertEquals(1, result.models().size(), result.diagnostics().render());
    Map<String, byte[]> files = new TreeMap<>();
    for (JavaFile file : new JavaEmitter().emit(result.models().get(0), result.diagnostics())) {
      files.put(file.packageName.replace('.', '/') + "/" + file.typeSpec.name + ".java",
          file.toString().getBytes(UTF_8));
    }
    return files;
  }

  private static Map<String, byte[]> files(Path out) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(out)) {
      for (Path file : all.filter(Files::isRegularFile).toList()) {
        files.put(out.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return files;
  }
}
