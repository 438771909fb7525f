package dev.tablesmith.generator.plan;

import dev.tablesmith.generator.model.AccessPattern;
import java.util.Optional;

/** A pattern the planner could not serve, and the model change that would serve it, if any. */
public record Rejection(AccessPattern pattern, Optional<Proposal> proposal) {}
