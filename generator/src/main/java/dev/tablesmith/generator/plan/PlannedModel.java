package dev.tablesmith.generator.plan;

import dev.tablesmith.generator.model.ResolvedModel;
import java.util.List;

/**
 * The output of the pipeline's first half: the resolved model and every access pattern planned.
 * Rejected patterns are listed with their proposals; a model with rejections also has errors.
 */
public record PlannedModel(
    ResolvedModel model, List<PlannedPattern> patterns, List<Rejection> rejections) {
  public PlannedModel {
    patterns = List.copyOf(patterns);
    rejections = List.copyOf(rejections);
  }
}
