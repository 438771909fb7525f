package dev.tablesmith.generator.check;

import dev.tablesmith.generator.diag.Code;
import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.EmbeddedType;
import dev.tablesmith.generator.model.ResolvedModel;
import dev.tablesmith.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Embedded types that contain themselves through required fields (TS229): no value of such a type
 * could ever be built. Lists, maps and optional fields end the chain.
 */
final class TypeCycles {
  private final ResolvedModel model;
  private final Diagnostics diagnostics;

  TypeCycles(ResolvedModel model, Diagnostics diagnostics) {
    this.model = model;
    this.diagnostics = diagnostics;
  }

  void check() {
    for (EmbeddedType t : model.types()) {
      List<String> path = new ArrayList<>();
      if (reaches(t, t.name(), path, 0)) {
        diagnostics.report(Code.TS229, t.location(), t.name(), String.join(" -> ", path));
      }
    }
  }

  private boolean reaches(EmbeddedType from, String target, List<String> path, int depth) {
    if (depth > model.types().size()) {
      return false;
    }
    for (Attribute f : from.fields()) {
      if (f.optional() || f.type().kind() != TypeRef.Kind.EMBEDDED) {
        continue;
      }
      path.add(from.name() + "." + f.name());
      if (f.type().name().equals(target)) {
        return true;
      }
      EmbeddedType next = model.type(f.type().name()).orElse(null);
      if (next != null && reaches(next, target, path, depth + 1)) {
        return true;
      }
      path.remove(path.size() - 1);
    }
    return false;
  }
}
