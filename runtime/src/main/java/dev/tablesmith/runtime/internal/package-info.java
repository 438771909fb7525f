/**
 * Implementation of the runtime; not API. One class per DynamoDB operation, with pure
 * {@code request(...)}/{@code response(...)} halves around the client call, plus the pieces they
 * share (placeholders' limits, cursors, UTF-8 order and sizes, number rules).
 */
package dev.tablesmith.runtime.internal;
