package dev.tablesmith.maven;

import dev.tablesmith.generator.emit.GeneratedFile;
import dev.tablesmith.generator.emit.cdk.CdkEmitter;
import dev.tablesmith.generator.emit.cdk.CloudFormationEmitter;
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
 * Writes each model's table as an AWS CDK construct in Java ({@code <package>.cdk.<Name>TableConstruct},
 * into {@code target/generated-sources/tablesmith-cdk}, added as a source root of its own; the
 * project needs {@code aws-cdk-lib}) and as a CloudFormation template ({@code
 * <Name>.template.json} and {@code .yaml} in {@code target/tablesmith/cloudformation}).
 * Incremental like {@code generate}.
 */
@Mojo(name = "cdk", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class CdkMojo extends AbstractModelsMojo {
  /** Where the construct's source goes. */
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/tablesmith-cdk",
      property = "tablesmith.cdkOutputDirectory")
  private File outputDirectory;

  /** Where the CloudFormation templates go. */
  @Parameter(defaultValue = "${project.build.directory}/tablesmith/cloudformation",
      property = "tablesmith.templatesDirectory")
  private File templatesDirectory;

  /** A Java package (before {@code .cdk}) for every model's construct, instead of each model's own. */
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
    Path templates = templatesDirectory.toPath().toAbsolutePath().normalize();
    String key = key("out=" + out + "\ntemplates=" + templates + "\npackage=" + packageName);
    IncrementalOutput state = state();
    try {
      if (state.upToDate(key, paths)) {
        getLog().info("tablesmith: the CDK construct and templates of " + count(paths.size(), "model") + " are up to date " + elapsed());
      } else {
        Pipeline pipeline = packageName == null ? new Pipeline() : new Pipeline().withPackage(packageName);
        Pipeline.Result result = check(pipeline, paths, false);
        List<IncrementalOutput.Output> outputs = new ArrayList<>();
        for (PlannedModel model : result.models()) {
          outputs.add(new IncrementalOutput.Output(out, GeneratedFile.java(new CdkEmitter().emit(model))));
          for (GeneratedFile template : new CloudFormationEmitter().emit(model)) {
            outputs.add(new IncrementalOutput.Output(templates, template));
          }
        }
        log("the CDK construct and templates", paths.size(), state.write(key, paths, outputs));
      }
    } catch (IOException e) {
      throw new MojoExecutionException("tablesmith: cannot write the CDK outputs: " + e.getMessage(), e);
    }
    project.addCompileSourceRoot(out.toString());
  }
}
