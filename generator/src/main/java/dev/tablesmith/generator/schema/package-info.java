/** Stage 2: the syntax tree against the model's JSON Schema, the one IDEs use (TS101 to TS109). */
package dev.tablesmith.generator.schema;
