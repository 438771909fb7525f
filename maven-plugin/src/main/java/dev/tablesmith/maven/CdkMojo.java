package dev.tablesmith.maven;

import dev.tablesmith.generator.emit.GeneratedFile;
import dev.tablesmith.generator.emit.cdk.CdkEmitter;
import dev.tablesmith.generator.emit.cdk.CloudFormationEmitter;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes each model's table as an AWS CDK construct in Java ({@code
 * <package>.cdk.<Name>TableConstruct}, into {@code target/generated-sources/tablesmith-cdk}, added
 * as a source root of its own; the project needs {@code aws-cdk-lib}) and as a CloudFormation
 * template ({@code <Name>.template.json} and {@code .yaml} in {@code
 * target/tablesmith/cloudformation}). Incremental like {@code generate}.
 */
@Mojo(name = "cdk", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class CdkMojo extends AbstractModelsMojo {
  /** Where the construct's source goes. */
  @Parameter(
      defaultValue = "${project.build.directory}/generated-sources/tablesmith-cdk",
      property = "tablesmith.cdkOutputDirectory")
  private File outputDirectory;

  /** Where the CloudFormation templates go. */
  @Parameter(
      defaultValue = "${project.build.directory}/tablesmith/cloudformation",
      property = "tablesmith.templatesDirectory")
  private File templatesDirectory;

  /**
   * A Java package (before {@code .cdk}) for every model's construct, instead of each model's own.
   */
  @Parameter(property = "tablesmith.packageName")
  private String packageName;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Path out = outputDirectory.toPath().toAbsolutePath().normalize();
    Path templates = templatesDirectory.toPath().toAbsolutePath().normalize();
    String configuration = "out=" + out + "\ntemplates=" + templates + "\npackage=" + packageName;
    if (writeIncrementally(
        "the CDK construct and templates",
        configuration,
        pipeline(packageName),
        (model, diagnostics) -> {
          List<IncrementalOutput.Output> outputs = new ArrayList<>();
          outputs.add(
              new IncrementalOutput.Output(out, GeneratedFile.java(new CdkEmitter().emit(model))));
          new CloudFormationEmitter()
              .emit(model)
              .forEach(t -> outputs.add(new IncrementalOutput.Output(templates, t)));
          return outputs;
        })) {
      project.addCompileSourceRoot(out.toString());
    }
  }
}
