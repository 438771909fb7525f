package dev.tablesmith.generator.model;

import dev.tablesmith.generator.diag.Location;

/** An attribute written with the same value on every item of an entity. */
public record Constant(String storedName, Value value, Location location) {}
