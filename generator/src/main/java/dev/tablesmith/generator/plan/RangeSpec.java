package dev.tablesmith.generator.plan;

import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.KeyAttribute;
import dev.tablesmith.generator.model.Template;

/**
 * A range condition a query pattern lets its caller give on the sort attribute after the bound
 * ones.
 *
 * @param keyAttribute the sort key attribute the condition is on
 * @param attribute the entity attribute whose value the caller bounds
 * @param prefix the sort template's parts before the range value (bound values and literals);
 *     bounds are closed by it, so no item outside the prefix is ever returned
 * @param following the literal text right after the range value in the template, empty when the
 *     value ends the key; an inclusive upper bound must include keys that continue after it
 * @param beginsWithAllowed whether begins-with on a partial value applies (string keys only)
 */
public record RangeSpec(
    KeyAttribute keyAttribute,
    Attribute attribute,
    Template prefix,
    String following,
    boolean beginsWithAllowed) {}
