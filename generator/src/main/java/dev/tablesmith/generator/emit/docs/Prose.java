package dev.tablesmith.generator.emit.docs;

/**
 * The review's own sentences, the same in Markdown and HTML (plain text: no markup, no model text).
 */
final class Prose {
  static final String CONTENTS =
      "the table, its indexes and key templates, the access patterns, the item collections, the"
          + " checker's warnings, and an estimate of what each call costs.";
  static final String NO_INDEXES = "The table has no secondary index.";
  static final String NO_MEMBERS = "No entity lands in this index.";
  static final String NO_WARNINGS = "The checker reports no warnings for this model.";
  static final String COLLECTIONS =
      "Per index, each partition-key template and the entity types stored under it, with their"
          + " sort-key templates. Entity types under one partition key share an item collection:"
          + " one Query can read them together.";
  static final String COST =
      "Capacity units of one call, from the item sizes and rules under"
          + " Assumptions. On-demand tables bill the same units as request units.";
  static final String WRITES =
      "Write units of one write of an item: the table, each index entry"
          + " (its size), and the totals. A dash: the entity is not in that index.";
  static final String MATRIX = "Which index each access pattern reads: one mark per pattern.";

  private Prose() {}
}
