package dev.tablesmith.maven;

import dev.tablesmith.generator.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the models and fails the build on any error, printing every diagnostic as {@code
 * FILE:LINE:COLUMN: error [CODE] message}; warnings are printed and, with {@code failOnWarnings},
 * fail it too. Writes nothing.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class CheckMojo extends AbstractModelsMojo {
  /** Fails the build on warnings as well as errors. */
  @Parameter(defaultValue = "false", property = "tablesmith.failOnWarnings")
  private boolean failOnWarnings;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("tablesmith: skipped");
      return;
    }
    List<Path> paths = modelPaths();
    Pipeline.Result result = check(new Pipeline(), paths, failOnWarnings);
    long warnings = result.diagnostics().sorted().size();
    getLog()
        .info(
            "tablesmith: checked "
                + count(paths.size(), "model")
                + ": 0 errors, "
                + count(warnings, "warning"));
  }
}
