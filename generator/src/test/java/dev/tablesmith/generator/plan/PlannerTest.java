package dev.tablesmith.generator.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.generator.Models;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.KeyAttribute;
import dev.tablesmith.generator.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How patterns become operations: index choice, key conditions, ranges, collections, proposals. */
class PlannerTest {
  private static final String INDEXES = """
        indexes:
          GSI1: { partitionKey: GSI1PK, sortKey: GSI1SK }
          GSI2: { partitionKey: GSI2PK, sortKey: GSI2SK }
      """;

  private static final String ENTITIES = """
        User:
          attributes: { userId: string, email: string, orgId: string }
          key: { partition: "USER#<userId>", sort: PROFILE }
          indexes:
            GSI1: { partition: "ORG#<orgId>", sort: "USER#<userId>" }
            GSI2: { partition: "ORG#<orgId>", sort: "U#<email>" }
        Team:
          attributes: { teamId: string, orgId: string }
          key: { partition: "TEAM#<teamId>", sort: META }
          indexes:
            GSI1: { partition: "ORG#<orgId>", sort: "TEAM#<teamId>" }
        Event:
          attributes: { userId: string, at: instant, seq: { type: long, pad: 8 }, kind: { type: enum, values: [IN, OUT] } }
          key: { partition: "USER#<userId>", sort: "EVENT#<at>#<seq>" }
      """;

  private static PlannedModel plan(String patterns) {
    Pipeline.Result result = Models.run(Models.model(INDEXES, ENTITIES, patterns));
    assertEquals("", result.diagnostics().render());
    return result.models().get(0);
  }

  private static PlannedPattern only(String patterns) {
    return plan(patterns).patterns().get(0);
  }

  @Test
  void theTableIsPreferredWhenItServes() {
    PlannedPattern p = only("  events: { query: Event, by: [userId] }\n");
    assertEquals("table", p.indexName());
    assertEquals(PlannedPattern.IndexChoice.PICKED, p.choice());
    assertEquals("PK = \"USER#<userId>\" AND begins_with(SK, \"EVENT#\")", p.keyConditionText());
  }

  @Test
  void amongIndexesTheOneWithFewestEntityTypesIsPicked() {
    PlannedPattern p = only("  usersOfOrg: { query: User, by: [orgId] }\n");
    assertEquals("GSI2", p.indexName(), "GSI2 holds only User; GSI1 holds User and Team");
    assertEquals("GSI2PK = \"ORG#<orgId>\" AND begins_with(GSI2SK, \"U#\")", p.keyConditionText());
  }

  @Test
  void aPinnedIndexIsUsedAndReportedAsPinned() {
    PlannedPattern p = only("  usersOfOrg: { query: User, by: [orgId], index: GSI1 }\n");
    assertEquals("GSI1", p.indexName());
    assertEquals(PlannedPattern.IndexChoice.PINNED, p.choice());
    assertEquals(List.of(), p.alsoRead(), "begins_with USER# keeps Team items out");
  }

  @Test
  void everySortPlaceholderBoundMakesAnEquality() {
    PlannedPattern p = only("  oneEvent: { query: Event, by: [userId, at, seq] }\n");
    assertEquals("PK = \"USER#<userId>\" AND SK = \"EVENT#<at>#<seq>\"", p.keyConditionText());
    assertEquals(List.of("userId", "at", "seq"), p.parameters().stream().map(a -> a.name()).toList());
  }

  @Test
  void aLeadingRunMakesAPrefixAndARangeSitsOnTheNextPlaceholder() {
    PlannedPattern p = only("  later: { query: Event, by: [userId, at], range: seq }\n");
    assertEquals("PK = \"USER#<userId>\" AND begins_with(SK, \"EVENT#<at>#\")", p.keyConditionText());
    RangeSpec range = p.keyCondition().range().orElseThrow();
    assertEquals("seq", range.attribute().name());
    assertEquals("EVENT#<at>#", range.prefix().source());
    assertEquals("", range.following());
    PlannedPattern byTime = only("  recent: { query: Event, by: [userId], range: at }\n");
    assertEquals("#", byTime.keyCondition().range().orElseThrow().following());
    assertTrue(byTime.keyCondition().range().orElseThrow().beginsWithAllowed());
  }

  @Test
  void aRangeThatSkipsAPlaceholderIsRefusedWithTheReason() {
    String out = Models.check(Models.model(INDEXES, ENTITIES, "  skip: { query: Event, by: [userId], range: seq }\n"));
    assertTrue(out.contains("error [TS501] pattern skip needs a Scan"), out);
    assertTrue(out.contains("the table: range 'seq' is not the sort attribute right after the bound ones"
        + " on the table for Event: <at> comes first"), out);
  }

  @Test
  void aFilterIsAWarningThePlannedPatternCarries() {
    Pipeline.Result result = Models.run(Models.model(INDEXES, ENTITIES,
        "  ins: { query: Event, by: [userId], filter: { kind: { eq: IN } } }\n"));
    PlannedPattern p = result.models().get(0).patterns().get(0);
    assertEquals(List.of("userId"), p.parameters().stream().map(a -> a.name()).toList());
    assertEquals(List.of(result.diagnostics().sorted().get(0)), p.warnings());
    assertTrue(p.warnings().get(0).render().contains("[TS506] pattern ins filters on kind"));
  }

  @Test
  void fixedValuesBindLikeByButAreNotParameters() {
    PlannedPattern p = only("  inEvents: { query: Event, fixed: { userId: system }, range: at }\n");
    assertEquals(List.of(), p.parameters());
    assertEquals("PK = \"USER#system\" AND begins_with(SK, \"EVENT#\")", p.keyConditionText());
  }

  @Test
  void aCollectionSharesThePartitionAndNarrowsByTheCommonPrefix() {
    PlannedPattern p = only("  org: { query: [User, Team], by: [orgId], index: GSI1 }\n");
    assertEquals("GSI1PK = \"ORG#<orgId>\"", p.keyConditionText());
    assertEquals(List.of("User", "Team"), p.entities().stream().map(Entity::name).toList());
  }

  @Test
  void otherEntitiesTheConditionMatchesAreReported() {
    String model = Models.model("", """
          User:
            attributes: { userId: string }
            key: { partition: "USER#<userId>", sort: PROFILE }
          Order:
            attributes: { userId: string, orderId: string }
            key: { partition: "USER#<userId>", sort: "ORDER#<orderId>" }
          OrderNote:
            attributes: { userId: string, orderId: string, noteId: string }
            key: { partition: "USER#<userId>", sort: "ORDER#<orderId>#NOTE#<noteId>" }
        """, "  orders: { query: Order, by: [userId] }\n");
    Pipeline.Result result = Models.run(model);
    PlannedPattern p = result.models().get(0).patterns().get(0);
    assertEquals(List.of("OrderNote"), p.alsoRead().stream().map(Entity::name).toList());
    assertEquals(Models.FILE + ":19:3: warning [TS510] pattern orders also reads items of OrderNote,"
        + " which share its key range; they are billed and dropped\n", result.diagnostics().render());
  }

  @Test
  void multiAttributeKeysBindEveryPartitionPartThenALeadingRun() {
    String model = Models.model("""
          indexes:
            byMatch: { partitionKey: [tournamentId, region], sortKey: [{ name: round, type: number }, bracket] }
        """, """
          Match:
            attributes: { matchId: string, tournamentId: string, region: string, round: long, bracket: string }
            key: { partition: "MATCH#<matchId>", sort: META }
        """, "  rounds: { query: Match, by: [tournamentId, region], range: round }\n");
    Pipeline.Result result = Models.run(model);
    assertEquals("", result.diagnostics().render());
    PlannedPattern p = result.models().get(0).patterns().get(0);
    assertEquals("byMatch", p.indexName());
    assertEquals("tournamentId = \"<tournamentId>\" AND region = \"<region>\"", p.keyConditionText());
    RangeSpec range = p.keyCondition().range().orElseThrow();
    assertEquals("round", range.keyAttribute().name());
    assertFalse(range.beginsWithAllowed(), "a number cannot take begins_with");
  }

  @Test
  void aRangeOnAnUnpaddedNumberIsProposedAsANumericSortKey() {
    String model = Models.model("", """
          Score:
            attributes: { gameId: string, playerId: string, points: long }
            key: { partition: "GAME#<gameId>", sort: "PLAYER#<playerId>" }
        """, "  top: { query: Score, by: [gameId], range: points, order: desc }\n");
    Pipeline.Result result = Models.run(model);
    Rejection rejection = result.planned().get(0).rejections().get(0);
    Proposal proposal = rejection.proposal().orElseThrow();
    Proposal.NewIndex index = proposal.newIndex().orElseThrow();
    assertEquals(new KeyAttribute("points", KeyAttribute.KeyType.NUMBER, index.sortKey().location()), index.sortKey());
    assertEquals(1, index.partitionKey().size());
    assertEquals("""
        add an index that serves it:
          table.indexes:
            GSI1: { partitionKey: GSI1PK, sortKey: { name: points, type: number } }
          entities.Score.indexes:
            GSI1: { partition: "GAME_ID#<gameId>" }""", proposal.describe());
  }
}
