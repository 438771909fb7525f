package dev.tablesmith.generator.cli;

import dev.tablesmith.generator.emit.GeneratedFile;
import dev.tablesmith.generator.emit.cdk.CdkEmitter;
import dev.tablesmith.generator.emit.cdk.CloudFormationEmitter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tablesmith cdk FILE... --out DIR [--templates DIR]}: each model's table as a CDK construct
 * in Java and as a CloudFormation template.
 */
@Command(
    name = "cdk",
    mixinStandardHelpOptions = true,
    description = {
      "Writes each model's table as an AWS CDK construct in Java (aws-cdk-lib v2, TableV2),"
          + " <package>.cdk.<Name>TableConstruct under DIR in package folders, and as a"
          + " CloudFormation template, <Name>.template.json and <Name>.template.yaml."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:written (warnings allowed)",
      "1:errors in the models; nothing written",
      "2:usage error, or an output cannot be written",
      "3:internal error"
    })
final class CdkCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Model files (*.tablesmith.yaml).")
  private List<String> files;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Directory for the construct's source.")
  private Path out;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description = "Directory for the CloudFormation templates (default: the --out directory).")
  private Path templates;

  @CommandLine.Mixin private Terminal.ColorOption color;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Path templateDir = templates == null ? out : templates;
    return Writing.run(
        spec,
        color.enabled(),
        files,
        (model, diagnostics) -> {
          List<Writing.Output> outputs = new ArrayList<>();
          outputs.add(new Writing.Output(out, GeneratedFile.java(new CdkEmitter().emit(model))));
          new CloudFormationEmitter()
              .emit(model)
              .forEach(t -> outputs.add(new Writing.Output(templateDir, t)));
          return outputs;
        },
        outputs -> {
          long constructs = outputs.stream().filter(o -> o.file().path().endsWith(".java")).count();
          return "wrote "
              + constructs
              + " construct"
              + (constructs == 1 ? "" : "s")
              + " in "
              + out
              + " and "
              + (outputs.size() - constructs)
              + " templates in "
              + templateDir;
        });
  }
}
