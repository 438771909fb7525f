package dev.tablesmith.generator.emit.java;

import com.squareup.javapoet.JavaFile;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in memory with {@code -Xlint:all -Xdoclint:all/protected -Werror}
 * (every public and protected member documented) against the test class
 * path (which holds the runtime) and loads the classes.
 */
public final class InMemoryCompiler {
  /** The package of hand-written sources, which doclint leaves alone. */
  public static final String HAND_WRITTEN = "readme";

  private InMemoryCompiler() {}

  /** The compiled classes, or an AssertionError listing every compiler message. */
  public static ClassLoader compile(List<JavaFile> files) {
    return compile(files, Map.of());
  }

  /**
   * Compiles generated sources together with hand-written ones (a README snippet using them):
   * {@code handWritten} maps a class name in package {@value #HAND_WRITTEN} to its source, which
   * must be lint-clean too but need not carry Javadoc.
   */
  public static ClassLoader compile(List<JavaFile> files, Map<String, String> handWritten) {
    List<JavaFileObject> sources = new ArrayList<>();
    files.forEach(f -> sources.add(f.toJavaFileObject()));
    handWritten.forEach(
        (name, text) -> sources.add(source(HAND_WRITTEN + "/" + name + ".java", text)));
    return compile(sources, List.of("-Xdoclint:all/protected", "-Xdoclint/package:-" + HAND_WRITTEN,
        "-Werror"));
  }

  /** A source file held in memory. */
  public static JavaFileObject source(String path, String text) {
    return new SimpleJavaFileObject(URI.create("mem:///" + path), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }

  /**
   * Compiles {@code sources} for release 17 with {@code -Xlint:all -proc:none} and {@code options}
   * against the test class path, class files kept in memory.
   *
   * @return the compiled classes, or an AssertionError listing every compiler message
   */
  public static ClassLoader compile(List<JavaFileObject> sources, List<String> options) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> messages = new DiagnosticCollector<>();
    StandardJavaFileManager standard = compiler.getStandardFileManager(messages, Locale.ROOT, null);
    Map<String, ByteArrayOutputStream> classes = new HashMap<>();
    ForwardingJavaFileManager<StandardJavaFileManager> memory = new ForwardingJavaFileManager<>(standard) {
      @Override
      public JavaFileObject getJavaFileForOutput(Location location, String name, JavaFileObject.Kind kind,
          FileObject sibling) {
        return new SimpleJavaFileObject(URI.create("mem:///" + name.replace('.', '/') + kind.extension), kind) {
          @Override
          public OutputStream openOutputStream() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            classes.put(name, out);
            return out;
          }
        };
      }
    };
    List<String> all = new ArrayList<>(List.of("--release", "17", "-Xlint:all", "-Xlint:-path",
        "-proc:none", "-classpath", System.getProperty("java.class.path")));
    all.addAll(options);
    boolean ok = compiler.getTask(null, memory, messages, all, null, sources).call();
    if (!ok || !messages.getDiagnostics().isEmpty()) {
      StringBuilder text = new StringBuilder("generated code does not compile cleanly:\n");
      for (Diagnostic<? extends JavaFileObject> d : messages.getDiagnostics()) {
        text.append(d.getSource() == null ? "" : d.getSource().getName()).append(':').append(d.getLineNumber())
            .append(": ").append(d.getMessage(Locale.ROOT)).append('\n');
      }
      throw new AssertionError(text);
    }
    return new ClassLoader(InMemoryCompiler.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        ByteArrayOutputStream bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        byte[] b = bytes.toByteArray();
        return defineClass(name, b, 0, b.length);
      }
    };
  }
}
