package dev.tablesmith.generator.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tablesmith.generator.Models;
import org.junit.jupiter.api.Test;

/**
 * Collisions and sort-prefix overlaps are decided on the exact set of keys each template renders:
 * literal text, free text that never contains the text after it, enum values, fixed widths.
 */
class KeyOverlapsTest {
  private static final String UNTYPED = "  entityTypeAttribute: none\n";

  private static String entities(String a, String b) {
    return Models.model(UNTYPED, "  A:\n    attributes: { x: string, n: { type: long, pad: 3 }, st: { type: enum, values: [OPEN, CLOSED] } }\n"
        + "    key: " + a + "\n"
        + "  B:\n    attributes: { y: string, z: string, st: { type: enum, values: [OPEN, PENDING] } }\n"
        + "    key: " + b + "\n", "  getA: { get: A }\n");
  }

  @Test
  void literalPrefixesThatDivergeNeverOverlap() {
    assertEquals("", Models.check(entities("{ partition: \"P#<x>\", sort: \"sh#<x>\" }",
        "{ partition: \"P#<y>\", sort: \"shp#<z>\" }")));
  }

  @Test
  void aShorterPrefixOverlapsALongerOneUnderAMeetingPartition() {
    assertEquals(Models.FILE + ":12:38: error [TS313] on the table, a query for A with begins_with(SK, \"I#\")"
        + " can return B items (sort 'I#<z>#N#<y>')\n"
        + "    make the literal prefixes differ, or keep an entityTypeAttribute so items can be told apart\n"
        + Models.FILE + ":15:38: error [TS313] on the table, a query for B with begins_with(SK, \"I#\")"
        + " can return A items (sort 'I#<x>')\n"
        + "    make the literal prefixes differ, or keep an entityTypeAttribute so items can be told apart\n",
        Models.check(entities("{ partition: \"P#<x>\", sort: \"I#<x>\" }",
            "{ partition: \"P#<y>\", sort: \"I#<z>#N#<y>\" }")));
  }

  @Test
  void partitionsThatCanNeverMeetHideAnyOverlap() {
    assertEquals("", Models.check(entities("{ partition: \"USER#<x>\", sort: \"p#<x>\" }",
        "{ partition: \"ORG#<y>\", sort: \"p#<z>\" }")));
  }

  @Test
  void enumPartitionsMeetOnlyOnSharedValues() {
    String apart = Models.check(entities("{ partition: \"S#<st>\", sort: \"<x>\" }",
        "{ partition: \"S#PENDING\", sort: \"<z>\" }"));
    assertEquals(false, apart.contains("[TS312]") || apart.contains("[TS313]"), apart);
    String out = Models.check(entities("{ partition: \"S#<st>\", sort: \"K\" }",
        "{ partition: \"S#OPEN\", sort: \"K\" }"));
    assertEquals(Models.FILE + ":15:10: error [TS312] A and B can render the same primary key:"
        + " PK 'S#<st>' meets 'S#OPEN', SK 'K' meets 'K'\n", out);
  }

  @Test
  void freeTextAtTheEndCannotForgeALongerKey() {
    assertEquals("", Models.check(entities("{ partition: \"U#<x>\", sort: \"K\" }",
        "{ partition: \"U#<y>#F\", sort: \"K\" }")));
  }

  @Test
  void aBarePlaceholderSortKeyOverlapsPrefixedOnes() {
    String out = Models.check(entities("{ partition: \"P#<x>\", sort: \"<x>\" }",
        "{ partition: \"P#<y>\", sort: \"B#<z>\" }"));
    assertEquals(Models.FILE + ":12:38: error [TS313] on the table, a query for A with no condition on SK"
        + " can return B items (sort 'B#<z>')\n"
        + "    make the literal prefixes differ, or keep an entityTypeAttribute so items can be told apart\n", out);
  }

  @Test
  void paddedDigitsNeverMeetLettersButTheirPrefixQueryDoes() {
    assertEquals(Models.FILE + ":12:38: error [TS313] on the table, a query for A with begins_with(SK, \"N#\")"
        + " can return B items (sort 'N#X<z>')\n"
        + "    make the literal prefixes differ, or keep an entityTypeAttribute so items can be told apart\n",
        Models.check(entities("{ partition: \"P#<x>\", sort: \"N#<n>\" }",
            "{ partition: \"P#<y>\", sort: \"N#X<z>\" }")));
  }
}
