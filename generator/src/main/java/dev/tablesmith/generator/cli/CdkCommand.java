package dev.tablesmith.generator.cli;

import com.squareup.javapoet.JavaFile;
import dev.tablesmith.generator.diag.Diagnostic;
import dev.tablesmith.generator.emit.GeneratedFile;
import dev.tablesmith.generator.emit.cdk.CdkEmitter;
import dev.tablesmith.generator.emit.cdk.CloudFormationEmitter;
import dev.tablesmith.generator.pipeline.Pipeline;
import dev.tablesmith.generator.plan.PlannedModel;
import java.io.IOException;
import java.io.PrintWriter;
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
@Command(name = "cdk", mixinStandardHelpOptions = true,
    description = {
        "Writes each model's table as an AWS CDK construct in Java (aws-cdk-lib v2, TableV2),"
            + " <package>.cdk.<Name>TableConstruct under DIR in package folders, and as a"
            + " CloudFormation template, <Name>.template.json and <Name>.template.yaml."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written (warnings allowed)", "1:errors in the models; nothing written", "2:usage error, or an output cannot be written",
        "3:internal error"})
final class CdkCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Model files (*.tablesmith.yaml).")
  private List<String> files;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the construct's source.")
  private Path out;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "Directory for the CloudFormation templates (default: the --out directory).")
  private Path templates;

  @CommandLine.Mixin
  private Terminal.ColorOption color;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Pipeline.Result result = new Pipeline().run(Inputs.of(files));
    List<JavaFile> sources = new ArrayList<>();
    List<GeneratedFile> documents = new ArrayList<>();
    for (PlannedModel model : result.models()) {
      sources.add(new CdkEmitter().emit(model));
      documents.addAll(new CloudFormationEmitter().emit(model));
    }
    List<Diagnostic> diagnostics = result.diagnostics().sorted();
    PrintWriter err = spec.commandLine().getErr();
    diagnostics.forEach(d -> err.println(Terminal.render(d, color.enabled())));
    if (result.diagnostics().hasErrors()) {
      err.println(Summary.of(files.size(), diagnostics));
      return Main.MODEL_ERRORS;
    }
    Path templateDir = templates == null ? out : templates;
    try {
      for (JavaFile source : sources) {
        GeneratedFile.java(source).writeTo(out);
      }
      for (GeneratedFile document : documents) {
        document.writeTo(templateDir);
      }
    } catch (IOException e) {
      err.println("tablesmith: cannot write the output: " + e.getMessage());
      return Main.USAGE_ERROR;
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println("wrote " + sources.size() + " construct" + (sources.size() == 1 ? "" : "s") + " in " + out
        + " and " + documents.size() + " templates in " + templateDir);
    return 0;
  }
}
