package dev.tablesmith.generator.check;

import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.model.ResolvedModel;

/**
 * Stage 4, check: every rule of the model language that a resolved model can break before any
 * access pattern is planned. A {@link ResolvedModel} in, diagnostics out (names TS201 to TS205,
 * attributes TS210 to TS229, templates and keys TS304 to TS316, limits TS401 to TS410).
 */
public final class Checker {

  /** Reports every rule {@code model} breaks. */
  public void check(ResolvedModel model, Diagnostics diagnostics) {
    new NameRules(model, diagnostics).check();
    new AttributeRules(model, diagnostics).check();
    new TemplateRules(model, diagnostics).check();
    new LimitRules(model, diagnostics).check();
    new KeyOverlaps(model).check(diagnostics);
  }
}
