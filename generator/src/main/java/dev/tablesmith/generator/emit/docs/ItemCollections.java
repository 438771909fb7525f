package dev.tablesmith.generator.emit.docs;

import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.EntityKey;
import dev.tablesmith.generator.model.Index;
import dev.tablesmith.generator.model.KeyPart;
import dev.tablesmith.generator.model.ResolvedModel;
import dev.tablesmith.generator.model.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The item collections of one index: its members grouped by partition-key templates of the same
 * shape (same literal text, same placeholders), so entities that share a partition appear under one
 * partition key, each with its sort-key template.
 *
 * @param index the table or a secondary index
 * @param groups one per partition shape, in the order their first member is declared
 */
record ItemCollections(Index index, List<Group> groups) {

  /** A partition-key shape and the entities stored under it. */
  record Group(String partition, List<Member> members) {
    Group {
      members = List.copyOf(members);
    }

    /** Whether several entity types share the partition. */
    boolean isShared() {
      return members.size() > 1;
    }
  }

  /** An entity in a partition, and its sort key (empty when the index has none). */
  record Member(String entity, String sort) {}

  ItemCollections {
    groups = List.copyOf(groups);
  }

  /** The collections of every index of {@code model}, the table first. */
  static List<ItemCollections> of(ResolvedModel model) {
    List<ItemCollections> all = new ArrayList<>();
    for (Index index : model.table().allIndexes()) {
      all.add(of(model, index));
    }
    return all;
  }

  private static ItemCollections of(ResolvedModel model, Index index) {
    Map<List<Object>, List<Member>> groups = new LinkedHashMap<>();
    Map<List<Object>, String> labels = new LinkedHashMap<>();
    for (Entity e : model.members(index)) {
      EntityKey key = e.key(index.name()).orElseThrow();
      List<Object> shape = new ArrayList<>();
      for (KeyPart p : key.partition()) {
        shape.add(p.attribute().name());
        shape.add(p.template().parts());
      }
      labels.putIfAbsent(shape, label(key.partition()));
      groups
          .computeIfAbsent(shape, s -> new ArrayList<>())
          .add(new Member(e.name(), label(key.sort())));
    }
    List<Group> out = new ArrayList<>();
    groups.forEach((shape, members) -> out.add(new Group(labels.get(shape), members)));
    return new ItemCollections(index, out);
  }

  /** {@code PK = USER#<userId>}, each part of a multi-attribute key joined by a comma. */
  static String label(List<KeyPart> parts) {
    List<String> each = new ArrayList<>();
    for (KeyPart p : parts) {
      Template t = p.template();
      each.add(p.attribute().name() + " = " + t.source());
    }
    return String.join(", ", each);
  }
}
