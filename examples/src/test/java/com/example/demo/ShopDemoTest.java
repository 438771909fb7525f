package com.example.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.runtime.testing.DynamoDbLocalExtension;
import dev.tablesmith.runtime.testing.LocalDynamoDb;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's demo runs through and says what each step should show. */
@ExtendWith(DynamoDbLocalExtension.class)
class ShopDemoTest {
  @Test
  void theDemoWalksThroughTheWholeDesign(LocalDynamoDb dynamo) throws java.io.IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ShopDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), dynamo);
    String transcript = bytes.toString(StandardCharsets.UTF_8);
    assertFalse(transcript.contains("BUG"), transcript);
    for (String expected : new String[] {
        "Order o-1 of u-1: PENDING, 10 (version 1, created 2026-11-21T10:00:00Z)",
        "i-1: 2 x p-1 at 5",
        "page 1: [o-3, o-2], more",
        "page 2: [o-1]",
        "users: [Ada], orders: [o-1, o-2, o-3]",
        "writer 2 is refused: expected version 1, stored version 2, current status PAID",
        "PENDING before: [o-1]",
        "PENDING after:  []",
        "SHIPPED after:  [o-1]",
        "ConditionalCheckFailed; current stock 3",
        "o-5 exists: false; stock of p-1: 3",
        "MODIFY Order o-1: PENDING -> SHIPPED",
        "done."}) {
      assertTrue(transcript.contains(expected), "missing '" + expected + "' in\n" + transcript);
    }
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String excerpt = readme.substring(readme.indexOf("```text\n== update o-1") + 8);
    excerpt = excerpt.substring(0, excerpt.indexOf("```"));
    assertTrue(transcript.contains(excerpt), "the README's transcript differs from the demo's:\n" + excerpt);
  }
}
