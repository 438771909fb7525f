package dev.tablesmith.generator.model;

import dev.tablesmith.generator.diag.Location;

/** A name the model refers to (an entity, attribute or index), with where it was written. */
public record Ref(String name, Location location) {}
