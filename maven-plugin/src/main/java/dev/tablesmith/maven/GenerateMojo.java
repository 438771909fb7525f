package dev.tablesmith.maven;

import com.squareup.javapoet.JavaFile;
import dev.tablesmith.generator.emit.java.JavaEmitter;
import dev.tablesmith.generator.pipeline.Pipeline;
import dev.tablesmith.generator.plan.PlannedModel;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates the typed Java API of the models in {@code src/main/tablesmith} (every
 * {@code *.tablesmith.yaml}) into {@code target/generated-sources/tablesmith} and adds it as a
 * source root. A model with errors fails the build with every diagnostic, located.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {
  /** The folder holding the models. */
  @Parameter(defaultValue = "${project.basedir}/src/main/tablesmith", property = "tablesmith.models")
  private File models;

  /** Where the sources go. */
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/tablesmith",
      property = "tablesmith.outputDirectory")
  private File outputDirectory;

  /** Skips generation. */
  @Parameter(defaultValue = "false", property = "tablesmith.skip")
  private boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("tablesmith: skipped");
      return;
    }
    Path base = project.getBasedir().toPath();
    List<Pipeline.Input> inputs = new ArrayList<>();
    for (Path model : models()) {
      inputs.add(new Pipeline.Input(model, base.relativize(model).toString()));
    }
    Pipeline.Result result = new Pipeline().run(inputs);
    List<JavaFile> sources = new ArrayList<>();
    for (PlannedModel model : result.models()) {
      sources.addAll(new JavaEmitter().emit(model, result.diagnostics()));
    }
    String rendered = result.diagnostics().render();
    if (result.diagnostics().hasErrors()) {
      throw new MojoFailureException("tablesmith: the models have errors\n" + rendered);
    }
    if (!rendered.isEmpty()) {
      rendered.lines().forEach(getLog()::warn);
    }
    try {
      for (JavaFile file : sources) {
        file.writeTo(outputDirectory.toPath());
      }
    } catch (IOException e) {
      throw new MojoExecutionException("tablesmith: cannot write " + outputDirectory, e);
    }
    project.addCompileSourceRoot(outputDirectory.getPath());
    getLog().info("tablesmith: " + sources.size() + " files from " + inputs.size() + " models");
  }

  private List<Path> models() throws MojoExecutionException {
    if (!models.isDirectory()) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(models.toPath())) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tablesmith.yaml")).sorted().toList();
    } catch (IOException e) {
      throw new MojoExecutionException("tablesmith: cannot list " + models, e);
    }
  }
}
