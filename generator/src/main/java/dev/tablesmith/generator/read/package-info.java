/** Stage 1: YAML text to a syntax tree whose nodes keep file:line:column (TS001 to TS012). */
package dev.tablesmith.generator.read;
