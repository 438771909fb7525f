package dev.tablesmith.generator.plan;

import dev.tablesmith.generator.model.KeyAttribute;
import dev.tablesmith.generator.model.KeyPart;
import dev.tablesmith.generator.model.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The key condition of a planned pattern, as templates over the pattern's bound attributes:
 * equality on every partition attribute, equality on a leading run of sort attributes, and then at
 * most one of a {@code begins_with} prefix or a range.
 *
 * @param partition one equality per partition key attribute
 * @param sortEqualities equalities on sort key attributes: the whole sort template when every
 *     placeholder is bound, or the bound leading parts of a multi-attribute sort key
 * @param beginsWith the sort prefix when the sort template is bound only part of the way
 * @param range the range the caller may give on the next sort attribute
 */
public record KeyCondition(
    List<KeyPart> partition,
    List<KeyPart> sortEqualities,
    Optional<KeyPart> beginsWith,
    Optional<RangeSpec> range) {

  public KeyCondition {
    partition = List.copyOf(partition);
    sortEqualities = List.copyOf(sortEqualities);
  }

  /**
   * The condition as DynamoDB would read it with the pattern's values left as placeholders: {@code
   * GSI1PK = "USER#<userId>" AND begins_with(GSI1SK, "ORDER#")}. A range adds nothing here: without
   * bounds its query is the prefix's.
   */
  public String describe() {
    List<String> terms = new ArrayList<>();
    for (KeyPart p : partition) {
      terms.add(equality(p));
    }
    for (KeyPart p : sortEqualities) {
      terms.add(equality(p));
    }
    beginsWith.ifPresent(
        p ->
            terms.add(
                "begins_with(" + p.attribute().name() + ", \"" + p.template().source() + "\")"));
    return String.join(" AND ", terms);
  }

  private static String equality(KeyPart p) {
    Template t = p.template();
    String value =
        p.attribute().type() == KeyAttribute.KeyType.STRING ? "\"" + t.source() + "\"" : t.source();
    return p.attribute().name() + " = " + value;
  }
}
