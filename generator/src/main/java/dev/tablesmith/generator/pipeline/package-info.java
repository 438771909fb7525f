/**
 * Runs the stages in order: {@code read}, {@code schema}, {@code resolve}, {@code check}, {@code
 * plan}.
 */
package dev.tablesmith.generator.pipeline;
