/** Diagnostics: stable codes, locations, and one collector for every stage. */
package dev.tablesmith.generator.diag;
