package dev.tablesmith.generator.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.generator.Models;
import dev.tablesmith.generator.diag.Code;
import dev.tablesmith.generator.diag.Diagnostic;
import dev.tablesmith.generator.model.KeyAttribute;
import dev.tablesmith.generator.pipeline.Pipeline;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Thousands of seeded random models through the whole pipeline: each ends in diagnostics or a
 * plan, never an exception; and every pattern rejected with a fix (a proposal, or another index
 * to pin) passes once the fix is applied to the model.
 */
class RandomModelTest {
  private static final int MODELS = 2500;
  private static final Set<Code> REJECTIONS = Set.of(Code.TS501, Code.TS502, Code.TS508, Code.TS509);

  @Test
  void randomModelsEndInDiagnosticsOrAPlanAndEveryProposedFixServes() {
    int clean = 0;
    int fixed = 0;
    Map<Code, Integer> codes = new java.util.TreeMap<>();
    RandomModels models = new RandomModels(20261121L);
    for (int i = 0; i < MODELS; i++) {
      Map<String, Object> model = models.next();
      String yaml = RandomModels.yaml(model);
      Pipeline.Result result = run(i, yaml);
      clean += result.models().size();
      result.diagnostics().sorted().forEach(d -> codes.merge(d.code(), 1, Integer::sum));
      for (PlannedModel planned : result.planned()) {
        for (Rejection rejection : planned.rejections()) {
          if (rejection.proposal().isPresent() || rejection.servingIndex().isPresent()) {
            assertFixServes(i, model, rejection);
            fixed++;
          }
        }
      }
    }
    assertTrue(clean > MODELS / 10, "only " + clean + " clean models: the generator is too hostile; codes " + codes);
    assertTrue(fixed > 100, "only " + fixed + " rejections with a fix were exercised");
  }

  private static Object keySpec(KeyAttribute k) {
    return k.type() == KeyAttribute.KeyType.STRING ? k.name()
        : Map.of("name", k.name(), "type", k.type().name().toLowerCase(java.util.Locale.ROOT));
  }

  private static Pipeline.Result run(int i, String yaml) {
    try {
      return Models.run(yaml);
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError("model " + i + " threw\n" + yaml, e);
    }
  }

  @SuppressWarnings("unchecked")
  private static void assertFixServes(int i, Map<String, Object> model, Rejection rejection) {
    String name = rejection.pattern().name();
    Map<String, Object> changed = RandomModels.copy(model);
    Map<String, Object> table = (Map<String, Object>) changed.get("table");
    Map<String, Object> entities = (Map<String, Object>) changed.get("entities");
    Map<String, Object> patterns = (Map<String, Object>) changed.get("accessPatterns");
    rejection.servingIndex().ifPresent(index -> ((Map<String, Object>) patterns.get(name)).put("index", index));
    rejection.proposal().flatMap(Proposal::repin).ifPresent(r ->
        ((Map<String, Object>) patterns.get(r.pattern())).put("index", r.index()));
    rejection.proposal().ifPresent(p -> {
      p.newIndex().ifPresent(index -> {
        Map<String, Object> indexes = (Map<String, Object>) table.computeIfAbsent("indexes", k -> new LinkedHashMap<>());
        Map<String, Object> spec = new LinkedHashMap<>();
        List<Object> parts = index.partitionKey().stream().map(RandomModelTest::keySpec).toList();
        spec.put("partitionKey", parts.size() == 1 ? parts.get(0) : parts);
        spec.put("sortKey", keySpec(index.sortKey()));
        indexes.put(index.name(), spec);
      });
      for (Proposal.EntityTemplates t : p.templates()) {
        Map<String, Object> entity = (Map<String, Object>) entities.get(t.entity());
        Map<String, Object> indexes = (Map<String, Object>) entity.computeIfAbsent("indexes", k -> new LinkedHashMap<>());
        Map<String, Object> spec = new LinkedHashMap<>();
        t.partition().ifPresent(v -> spec.put("partition", v));
        t.sort().ifPresent(v -> spec.put("sort", v));
        indexes.put(t.index(), spec);
      }
    });
    String yaml = RandomModels.yaml(changed);
    Pipeline.Result after = run(i, yaml);
    assertEquals(1, after.planned().size(), "model " + i + " no longer plans after the fix for " + name
        + ":\n" + after.diagnostics().render() + yaml);
    List<String> planned = after.planned().get(0).patterns().stream().map(PlannedPattern::name).toList();
    List<Diagnostic> still = after.diagnostics().sorted().stream()
        .filter(d -> REJECTIONS.contains(d.code()) && d.message().startsWith("pattern " + name + " "))
        .toList();
    assertFalse(!still.isEmpty() || !planned.contains(name), "model " + i + ": the fix for " + name
        + " does not serve it:\n" + after.diagnostics().render() + yaml);
  }
}
