package dev.tablesmith.generator.plan;

import dev.tablesmith.generator.model.AccessPattern;
import java.util.Optional;

/**
 * A pattern the planner could not serve, with the fix it offers: another index to pin (when the
 * pinned one cannot serve but another can), or a model change that would serve it.
 */
public record Rejection(
    AccessPattern pattern, Optional<String> servingIndex, Optional<Proposal> proposal) {}
