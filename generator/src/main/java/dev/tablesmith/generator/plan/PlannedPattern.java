package dev.tablesmith.generator.plan;

import dev.tablesmith.generator.diag.Diagnostic;
import dev.tablesmith.generator.model.AccessPattern;
import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.Filter;
import dev.tablesmith.generator.model.Index;
import java.util.List;

/**
 * One access pattern as it will run: exactly one GetItem or Query on one index, with everything
 * code generation needs so no later stage re-derives it.
 *
 * @param declared the pattern as written
 * @param operation GetItem or Query
 * @param index the table (its primary key) or the secondary index the operation reads
 * @param choice whether the index was pinned, picked, or is the table of a get
 * @param entities the entity types returned (several for an item collection)
 * @param parameters the attributes the caller passes, in order (of the first entity)
 * @param fixed attributes bound to constants by the model
 * @param keyCondition the key condition, as templates over the bound attributes
 * @param filters the filter conditions, with each filtered attribute resolved
 * @param projectedAttributes stored names the index returns (every attribute when it projects all;
 *     else the table's and index's keys plus INCLUDE names)
 * @param alsoRead other entity types whose items the key condition can match (billed, dropped)
 * @param warnings the warnings this pattern produced
 */
public record PlannedPattern(
    AccessPattern declared,
    Operation operation,
    Index index,
    IndexChoice choice,
    List<Entity> entities,
    List<Attribute> parameters,
    List<AccessPattern.Binding> fixed,
    KeyCondition keyCondition,
    List<PlannedFilter> filters,
    List<String> projectedAttributes,
    List<Entity> alsoRead,
    List<Diagnostic> warnings) {

  /** The DynamoDB operation a pattern becomes. */
  public enum Operation {
    GET_ITEM("GetItem"),
    QUERY("Query");

    private final String apiName;

    Operation(String apiName) {
      this.apiName = apiName;
    }

    /** DynamoDB's name for it. */
    public String apiName() {
      return apiName;
    }
  }

  /** How the index was chosen. */
  public enum IndexChoice {
    PINNED,
    PICKED,
    PRIMARY_KEY
  }

  /** A filter with its attribute resolved on the first returned entity. */
  public record PlannedFilter(Filter filter, Attribute attribute) {}

  public PlannedPattern {
    entities = List.copyOf(entities);
    parameters = List.copyOf(parameters);
    fixed = List.copyOf(fixed);
    filters = List.copyOf(filters);
    projectedAttributes = List.copyOf(projectedAttributes);
    alsoRead = List.copyOf(alsoRead);
    warnings = List.copyOf(warnings);
  }

  /** The pattern's name. */
  public String name() {
    return declared.name();
  }

  /**
   * The key condition as plan output shows it: {@link KeyCondition#describe()} with the values of
   * {@code fixed} bindings in place of their placeholders.
   */
  public String keyConditionText() {
    String text = keyCondition.describe();
    for (AccessPattern.Binding b : fixed) {
      text = text.replace("<" + b.attribute().name() + ">", b.value().text());
    }
    return text;
  }

  /** The index as plan output names it: {@code table} or the index name. */
  public String indexName() {
    return index.name();
  }
}
