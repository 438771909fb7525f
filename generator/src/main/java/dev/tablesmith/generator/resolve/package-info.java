/**
 * Stage 3: names to entities, attributes, types and indexes; templates parsed; entities placed in
 * indexes.
 */
package dev.tablesmith.generator.resolve;
