package dev.tablesmith.generator.model;

import dev.tablesmith.generator.diag.Location;
import java.util.List;
import java.util.Optional;

/** An access pattern as declared: a get or a query, with its bindings and options. */
public record AccessPattern(
    String name,
    String description,
    boolean get,
    List<Ref> entities,
    List<Ref> by,
    List<Binding> fixed,
    Optional<Ref> range,
    List<Filter> filters,
    boolean descending,
    int pageSize,
    boolean consistent,
    Optional<Ref> index,
    boolean fetch,
    Returns returns,
    Location location) {

  /** The default page size of a query. */
  public static final int DEFAULT_PAGE_SIZE = 25;

  /** An attribute bound to a constant by {@code fixed}. */
  public record Binding(Ref attribute, Value value) {}

  /** What a query returns. */
  public enum Returns {
    ITEMS,
    KEYS,
    PROJECTED
  }

  public AccessPattern {
    entities = List.copyOf(entities);
    by = List.copyOf(by);
    fixed = List.copyOf(fixed);
    filters = List.copyOf(filters);
  }

  /** Whether the pattern reads several entity types in one query. */
  public boolean isCollection() {
    return entities.size() > 1;
  }
}
