/**
 * Stage 4: the rules of the model language over a resolved model, key overlaps decided on template
 * languages.
 */
package dev.tablesmith.generator.check;
