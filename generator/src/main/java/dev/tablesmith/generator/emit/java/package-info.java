/**
 * Stage 6, emit.java: the planned model to Java source files (JavaPoet), over the runtime library.
 * Model text reaches Java only through {@code $S} or {@link
 * dev.tablesmith.generator.emit.java.DocText}; identifiers were checked by {@code check}.
 */
package dev.tablesmith.generator.emit.java;
