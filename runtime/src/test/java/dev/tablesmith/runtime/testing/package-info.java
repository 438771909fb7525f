/**
 * Test support shipped as the runtime's test-jar: an in-process DynamoDB Local per test JVM
 * ({@link dev.tablesmith.runtime.testing.DynamoDbLocalExtension},
 * {@link dev.tablesmith.runtime.testing.LocalDynamoDb}) and fault injection at the HTTP client
 * ({@link dev.tablesmith.runtime.testing.FaultInjectingHttpClient}) for what Local cannot do.
 */
package dev.tablesmith.runtime.testing;
