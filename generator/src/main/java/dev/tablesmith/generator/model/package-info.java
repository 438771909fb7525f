/**
 * The resolved model: immutable records naming the table, its indexes, the entities with their key
 * templates, and the declared access patterns. {@code resolve} builds it from the syntax tree;
 * {@code check}, {@code plan} and the emitters read it. It keeps the location of the YAML each part
 * came from, so a later stage can still point at a line. It never imports {@code read}.
 */
package dev.tablesmith.generator.model;
