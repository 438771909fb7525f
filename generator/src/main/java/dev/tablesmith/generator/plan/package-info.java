/**
 * Stage 5: each access pattern to one GetItem or Query on one index, or an error with a proposal.
 */
package dev.tablesmith.generator.plan;
