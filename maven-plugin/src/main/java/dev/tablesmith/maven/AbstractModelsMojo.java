package dev.tablesmith.maven;

import dev.tablesmith.generator.diag.Diagnostic;
import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.diag.Severity;
import dev.tablesmith.generator.pipeline.Pipeline;
import dev.tablesmith.generator.plan.PlannedModel;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: which models to read (a folder, or listed files), skipping, running the
 * checker with every diagnostic logged as {@code FILE:LINE:COLUMN: error [CODE] message} (absolute
 * paths, which IDEs and CI annotate), and the key incremental goals compare.
 */
abstract class AbstractModelsMojo extends AbstractMojo {
  /** The folder whose {@code *.tablesmith.yaml} files are the models (searched recursively). */
  @Parameter(
      defaultValue = "${project.basedir}/src/main/tablesmith",
      property = "tablesmith.models")
  protected File models;

  /** Model files to read instead of the folder's. */
  @Parameter protected List<File> modelFiles;

  /** Skips the goal. */
  @Parameter(defaultValue = "false", property = "tablesmith.skip")
  protected boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  protected PluginDescriptor plugin;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  protected MojoExecution execution;

  /** The model files, sorted, as absolute paths. */
  protected List<Path> modelPaths() throws MojoExecutionException {
    if (modelFiles != null && !modelFiles.isEmpty()) {
      List<Path> paths = new ArrayList<>();
      for (File file : modelFiles) {
        paths.add(file.toPath().toAbsolutePath().normalize());
      }
      return paths;
    }
    if (!models.isDirectory()) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(models.toPath())) {
      return files
          .filter(
              p ->
                  p.getFileName().toString().endsWith(".tablesmith.yaml") && Files.isRegularFile(p))
          .map(p -> p.toAbsolutePath().normalize())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new MojoExecutionException(
          "tablesmith: cannot list " + models + ": " + e.getMessage(), e);
    }
  }

  /**
   * Runs the checker on the models and logs every diagnostic; errors fail the build (after all of
   * them are logged).
   */
  protected Pipeline.Result check(Pipeline pipeline, List<Path> paths, boolean failOnWarnings)
      throws MojoFailureException {
    List<Pipeline.Input> inputs =
        paths.stream().map(p -> new Pipeline.Input(p, p.toString())).toList();
    Pipeline.Result result = pipeline.run(inputs);
    long errors = 0;
    long warnings = 0;
    for (Diagnostic d : result.diagnostics().sorted()) {
      if (d.severity() == Severity.ERROR) {
        errors++;
        d.render().lines().forEach(getLog()::error);
      } else {
        warnings++;
        d.render().lines().forEach(getLog()::warn);
      }
    }
    if (errors > 0 || (failOnWarnings && warnings > 0)) {
      throw new MojoFailureException(
          "tablesmith: "
              + count(paths.size(), "model")
              + ": "
              + count(errors, "error")
              + ", "
              + count(warnings, "warning")
              + (errors == 0 ? " (failOnWarnings is set)" : "")
              + "; see above");
    }
    return result;
  }

  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * What an output depends on besides the models: the goal, the plugin (its version, and for a
   * snapshot the size and time of the jars it runs) and the configuration the goal names.
   */
  protected String key(String configuration) {
    StringBuilder key =
        new StringBuilder(execution.getGoal())
            .append('\n')
            .append(plugin.getGroupId())
            .append(':')
            .append(plugin.getArtifactId())
            .append(':')
            .append(plugin.getVersion());
    if (plugin.getVersion().endsWith("-SNAPSHOT") && plugin.getArtifacts() != null) {
      for (Artifact a : plugin.getArtifacts()) {
        if (a.getGroupId().equals(plugin.getGroupId()) && a.getFile() != null) {
          key.append('\n')
              .append(a.getArtifactId())
              .append(' ')
              .append(a.getFile().length())
              .append(' ')
              .append(a.getFile().lastModified());
        }
      }
      File own = plugin.getPluginArtifact() == null ? null : plugin.getPluginArtifact().getFile();
      if (own != null) {
        key.append("\nplugin ").append(own.length()).append(' ').append(own.lastModified());
      }
    }
    return key.append('\n').append(configuration).toString();
  }

  /** What one model's outputs are: files under their output roots. */
  @FunctionalInterface
  protected interface Emitter {
    List<IncrementalOutput.Output> emit(PlannedModel model, Diagnostics diagnostics);
  }

  /**
   * The writing goals' whole run: nothing when skipped; nothing written when the models, plugin and
   * configuration are as the last run left them; else check (errors fail the build), emit every
   * model, and write what changed.
   *
   * @param what the outputs, for the log: {@code "the Java API"}
   * @param configuration everything of the goal's configuration its outputs depend on
   * @param pipeline the pipeline to check and plan with
   * @param emitter each model's outputs
   * @return whether the goal ran (not skipped), so the caller adds its source roots
   */
  protected boolean writeIncrementally(
      String what, String configuration, Pipeline pipeline, Emitter emitter)
      throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("tablesmith: skipped");
      return false;
    }
    List<Path> paths = modelPaths();
    String key = key(configuration);
    IncrementalOutput state = state();
    try {
      if (state.upToDate(key, paths)) {
        getLog()
            .info(
                "tablesmith: "
                    + what
                    + " of "
                    + count(paths.size(), "model")
                    + ": up to date "
                    + elapsed());
        return true;
      }
      Pipeline.Result result = check(pipeline, paths, false);
      List<IncrementalOutput.Output> outputs = new ArrayList<>();
      for (PlannedModel model : result.models()) {
        outputs.addAll(emitter.emit(model, result.diagnostics()));
      }
      log(what, paths.size(), state.write(key, paths, outputs));
      return true;
    } catch (IOException e) {
      throw new MojoExecutionException(
          "tablesmith: cannot write " + what + ": " + e.getMessage(), e);
    }
  }

  /** A pipeline that overrides every model's package when {@code packageName} is set. */
  static Pipeline pipeline(String packageName) {
    return packageName == null ? new Pipeline() : new Pipeline().withPackage(packageName);
  }

  /** When {@code execute} began, for the elapsed time in the log. */
  protected final long started = System.nanoTime();

  /** Milliseconds since this mojo was created, as {@code (12 ms)}. */
  protected String elapsed() {
    return "(" + (System.nanoTime() - started) / 1_000_000 + " ms)";
  }

  /** The state file of this execution of this goal. */
  protected IncrementalOutput state() {
    Path dir = Path.of(project.getBuild().getDirectory(), "tablesmith", "state");
    return new IncrementalOutput(
        dir.resolve(execution.getGoal() + "-" + execution.getExecutionId() + ".state"));
  }

  /** A path as the log shows it: relative to the project when inside it, with {@code /}. */
  private static String shown(Path base, Path path) {
    return (path.startsWith(base) ? base.relativize(path) : path)
        .toString()
        .replace(java.io.File.separatorChar, '/');
  }

  /** Logs what an incremental write did: a summary, and the files when only some changed. */
  protected void log(String what, int models, IncrementalOutput.Report report) {
    int changed = report.written().size() + report.deleted().size();
    getLog()
        .info(
            "tablesmith: "
                + what
                + " of "
                + count(models, "model")
                + ": "
                + count(report.total(), "file")
                + ", "
                + report.written().size()
                + " written, "
                + report.unchanged()
                + " unchanged, "
                + report.deleted().size()
                + " deleted "
                + elapsed());
    if (changed > 0 && report.unchanged() > 0) {
      Path base = project.getBasedir().toPath().toAbsolutePath();
      report.written().forEach(p -> getLog().info("  wrote " + shown(base, p)));
      report.deleted().forEach(p -> getLog().info("  deleted " + shown(base, p)));
    }
  }
}
