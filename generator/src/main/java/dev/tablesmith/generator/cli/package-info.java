/** The {@code tablesmith} command line (picocli). */
package dev.tablesmith.generator.cli;
