package dev.tablesmith.generator.model;

/**
 * How an entity fills one key attribute of an index: the attribute and the template rendering it.
 */
public record KeyPart(KeyAttribute attribute, Template template) {}
