/**
 * Stream routing: {@link dev.tablesmith.runtime.stream.StreamRouter} decodes DynamoDB stream
 * records into typed {@link dev.tablesmith.runtime.stream.StreamEvent}s by entity type.
 */
package dev.tablesmith.runtime.stream;
