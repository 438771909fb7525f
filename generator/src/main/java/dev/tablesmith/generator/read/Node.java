package dev.tablesmith.generator.read;

import dev.tablesmith.generator.diag.Location;

/** A node of the syntax tree: a mapping, a sequence or a scalar, each with where it was written. */
public sealed interface Node permits MapNode, SeqNode, ScalarNode {

  /** Where the node starts in the model file. */
  Location location();

  /** A short description for messages: "a mapping", "a list", "the text 'abc'". */
  String describe();
}
