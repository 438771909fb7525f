package dev.tablesmith.generator.pipeline;

import dev.tablesmith.generator.check.Checker;
import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.model.ResolvedModel;
import dev.tablesmith.generator.plan.PlannedModel;
import dev.tablesmith.generator.plan.Planner;
import dev.tablesmith.generator.read.ModelReader;
import dev.tablesmith.generator.read.SyntaxTree;
import dev.tablesmith.generator.resolve.Resolver;
import dev.tablesmith.generator.schema.SchemaChecker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the first half of the pipeline on each model file: read, schema, resolve, check, plan. A
 * file stops after the first stage that reports an error; every diagnostic of every file is
 * collected in one {@link Diagnostics}. Reusable and thread-safe: the schema is loaded once.
 */
public final class Pipeline {
  private final SchemaChecker schema;
  private final Optional<String> packageOverride;

  public Pipeline() {
    this(SchemaChecker.load(), Optional.empty());
  }

  private Pipeline(SchemaChecker schema, Optional<String> packageOverride) {
    this.schema = schema;
    this.packageOverride = packageOverride;
  }

  /**
   * A pipeline that puts every model's generated code in {@code packageName} instead of the model's
   * own package; the override is checked like a model's (TS205).
   */
  public Pipeline withPackage(String packageName) {
    return new Pipeline(schema, Optional.of(packageName));
  }

  /** A model file and the name diagnostics call it by. */
  public record Input(Path path, String displayName) {}

  /**
   * What a run produced: the planned models of files without errors, every model that reached the
   * plan stage (with its rejected patterns, errors or not), and all diagnostics.
   */
  public record Result(
      List<PlannedModel> models, List<PlannedModel> planned, Diagnostics diagnostics) {}

  /** Runs every input. */
  public Result run(List<Input> inputs) {
    Diagnostics diagnostics = new Diagnostics();
    List<PlannedModel> planned = new ArrayList<>();
    List<PlannedModel> models = new ArrayList<>();
    for (Input input : inputs) {
      Diagnostics own = new Diagnostics();
      SyntaxTree tree = new ModelReader().read(input.path(), input.displayName(), own);
      Optional<PlannedModel> model = plan(tree, own);
      model.ifPresent(planned::add);
      model.filter(m -> !own.hasErrors()).ifPresent(models::add);
      own.sorted().forEach(diagnostics::add);
    }
    return new Result(models, planned, diagnostics);
  }

  /** Runs model text held in memory, as if read from a file named {@code displayName}. */
  public Result runText(String displayName, String text) {
    Diagnostics diagnostics = new Diagnostics();
    SyntaxTree tree = new ModelReader().read(displayName, text, diagnostics);
    Optional<PlannedModel> model = plan(tree, diagnostics);
    return new Result(
        model.filter(m -> !diagnostics.hasErrors()).stream().toList(),
        model.stream().toList(),
        diagnostics);
  }

  private Optional<PlannedModel> plan(SyntaxTree tree, Diagnostics diagnostics) {
    if (diagnostics.hasErrors()) {
      return Optional.empty();
    }
    schema.check(tree, diagnostics);
    if (diagnostics.hasErrors()) {
      return Optional.empty();
    }
    Optional<ResolvedModel> resolved =
        new Resolver()
            .resolve(tree, diagnostics)
            .map(m -> packageOverride.map(m::withPackage).orElse(m));
    if (resolved.isEmpty() || diagnostics.hasErrors()) {
      return Optional.empty();
    }
    new Checker().check(resolved.get(), diagnostics);
    if (diagnostics.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(new Planner().plan(resolved.get(), diagnostics));
  }
}
