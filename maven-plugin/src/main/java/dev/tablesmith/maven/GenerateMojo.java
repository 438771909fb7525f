package dev.tablesmith.maven;

import dev.tablesmith.generator.emit.GeneratedFile;
import dev.tablesmith.generator.emit.java.JavaEmitter;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates the typed Java API of the models (every {@code *.tablesmith.yaml} under {@code
 * src/main/tablesmith}) into {@code target/generated-sources/tablesmith} and adds it as a source
 * root. A model with errors fails the build with every diagnostic, located. Incremental: unchanged
 * models write nothing; otherwise only changed files are written and files of removed entities or
 * models are deleted.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractModelsMojo {
  /** Where the sources go. */
  @Parameter(
      defaultValue = "${project.build.directory}/generated-sources/tablesmith",
      property = "tablesmith.outputDirectory")
  private File outputDirectory;

  /** A Java package for the generated code of every model, instead of each model's own. */
  @Parameter(property = "tablesmith.packageName")
  private String packageName;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Path out = outputDirectory.toPath().toAbsolutePath().normalize();
    JavaEmitter java = new JavaEmitter();
    if (writeIncrementally(
        "the Java API",
        "out=" + out + "\npackage=" + packageName,
        pipeline(packageName),
        (model, diagnostics) ->
            java.emit(model, diagnostics).stream()
                .map(file -> new IncrementalOutput.Output(out, GeneratedFile.java(file)))
                .toList())) {
      project.addCompileSourceRoot(out.toString());
    }
  }
}
