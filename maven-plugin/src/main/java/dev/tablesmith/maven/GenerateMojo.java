package dev.tablesmith.maven;

import com.squareup.javapoet.JavaFile;
import dev.tablesmith.generator.emit.GeneratedFile;
import dev.tablesmith.generator.emit.java.JavaEmitter;
import dev.tablesmith.generator.pipeline.Pipeline;
import dev.tablesmith.generator.plan.PlannedModel;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/tablesmith",
      property = "tablesmith.outputDirectory")
  private File outputDirectory;

  /** A Java package for the generated code of every model, instead of each model's own. */
  @Parameter(property = "tablesmith.packageName")
  private String packageName;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("tablesmith: skipped");
      return;
    }
    List<Path> paths = modelPaths();
    Path out = outputDirectory.toPath().toAbsolutePath().normalize();
    String key = key("out=" + out + "\npackage=" + packageName);
    IncrementalOutput state = state();
    try {
      if (state.upToDate(key, paths)) {
        getLog().info("tablesmith: the Java API of " + count(paths.size(), "model") + " is up to date " + elapsed());
      } else {
        Pipeline pipeline = packageName == null ? new Pipeline() : new Pipeline().withPackage(packageName);
        Pipeline.Result result = check(pipeline, paths, false);
        List<IncrementalOutput.Output> outputs = new ArrayList<>();
        for (PlannedModel model : result.models()) {
          for (JavaFile file : new JavaEmitter().emit(model, result.diagnostics())) {
            outputs.add(new IncrementalOutput.Output(out, GeneratedFile.java(file)));
          }
        }
        log("the Java API", paths.size(), state.write(key, paths, outputs));
      }
    } catch (IOException e) {
      throw new MojoExecutionException("tablesmith: cannot write " + out + ": " + e.getMessage(), e);
    }
    project.addCompileSourceRoot(out.toString());
  }
}
