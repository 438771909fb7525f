package com.example.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.demo.StreamRecords;
import com.example.tracker.data.BoardProjection;
import com.example.tracker.data.Comment;
import com.example.tracker.data.CommentCodec;
import com.example.tracker.data.Project;
import com.example.tracker.data.ProjectWithTickets;
import com.example.tracker.data.Ticket;
import com.example.tracker.data.TicketKey;
import com.example.tracker.data.TicketStatus;
import com.example.tracker.data.TrackerStreamRouter;
import com.example.tracker.data.TrackerTable;
import dev.tablesmith.runtime.ItemDecodeException;
import dev.tablesmith.runtime.KeyRange;
import dev.tablesmith.runtime.PageRequest;
import dev.tablesmith.runtime.TransactionFailedException;
import dev.tablesmith.runtime.stream.StreamEvent;
import dev.tablesmith.runtime.testing.DynamoDbLocalExtension;
import dev.tablesmith.runtime.testing.LocalDynamoDb;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The generated TrackerTable against DynamoDB Local: updates rewrite every index key built from
 * a changed attribute (and refuse, before sending, one that lacks an input), a sparse index
 * follows an optional attribute, a local index follows the updated timestamp, keys come back from
 * a keys-only index, transactions name their failed action, and the stream router hands out
 * typed events.
 */
@ExtendWith(DynamoDbLocalExtension.class)
class TrackerTableTest {
  static final AttributeValue WEB = AttributeValue.fromM(Map.of("app", AttributeValue.fromS("web")));
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-01T10:00:00Z"));

  private TrackerTable table(LocalDynamoDb dynamo) {
    return TrackerTable.builder(dynamo.client()).tableName(TrackerTables.create(dynamo)).clock(clock).build();
  }

  private static Ticket ticket(String id, int priority, String assignee) {
    return Ticket.builder().projectId("p1").ticketId(id).title("Ticket " + id).priority(priority)
        .assignee(assignee).build();
  }

  private static List<String> ids(List<Ticket> tickets) {
    return tickets.stream().map(Ticket::ticketId).toList();
  }

  @Test
  void aStatusUpdateRewritesEveryIndexKeyBuiltFromStatus(LocalDynamoDb dynamo) {
    TrackerTable tracker = table(dynamo);
    tracker.ticket().create(ticket("t1", 2, "ada"));
    tracker.ticket().create(ticket("t2", 1, "ada"));
    assertEquals(List.of("t2", "t1"), ids(tracker.ticketsByStatus("p1", TicketStatus.OPEN, PageRequest.first()).items()));
    Ticket done = tracker.ticket().update(TicketKey.of("p1", "t1")).status(TicketStatus.DONE).priority(2)
        .expectVersion(1).execute();
    assertEquals(2L, done.version());
    assertEquals(List.of("t2"), ids(tracker.ticketsByStatus("p1", TicketStatus.OPEN, PageRequest.first()).items()),
        "the old GSI1 key no longer finds t1");
    assertEquals(List.of("t1"), ids(tracker.ticketsByStatus("p1", TicketStatus.DONE, PageRequest.first()).items()));
    Ticket read = tracker.getTicket("p1", "t1").orElseThrow();
    assertEquals("done#002#t1", tracker.operations().get(read.key().toItemKey(), true).orElseThrow().get("GSI2SK").s(),
        "byAssignee's sort key was rewritten too");
  }

  @Test
  void anUpdateLackingAnInputOfAKeyItRewritesIsRefusedBeforeSending(LocalDynamoDb dynamo) {
    TrackerTable tracker = table(dynamo);
    tracker.ticket().create(ticket("t1", 2, "ada"));
    IllegalStateException refused = assertThrows(IllegalStateException.class,
        () -> tracker.ticket().update(TicketKey.of("p1", "t1")).status(TicketStatus.DONE).execute());
    assertTrue(refused.getMessage().contains("GSI2SK '<status>#<priority>#<ticketId>', which also needs 'priority'"),
        refused.getMessage());
    Ticket unchanged = tracker.getTicket("p1", "t1").orElseThrow();
    assertEquals(TicketStatus.OPEN, unchanged.status());
    assertEquals(1L, unchanged.version(), "nothing was sent");
  }

  @Test
  void theSparseAssigneeIndexFollowsTheOptionalAttribute(LocalDynamoDb dynamo) {
    TrackerTable tracker = table(dynamo);
    tracker.ticket().create(ticket("t1", 5, null));
    assertEquals(List.of(), tracker.assignedTo("bob", PageRequest.first()).items());
    assertEquals(null, tracker.operations().get(TicketKey.of("p1", "t1").toItemKey(), true).orElseThrow().get("assignee"),
        "an absent optional value writes no key, never an empty string");
    tracker.ticket().update(TicketKey.of("p1", "t1")).assignee("bob").execute();
    assertEquals(List.of(TicketKey.of("p1", "t1")), tracker.assignedTo("bob", PageRequest.first()).items());
    tracker.ticket().update(TicketKey.of("p1", "t1")).assignee("carol").execute();
    assertEquals(List.of(), tracker.assignedTo("bob", PageRequest.first()).items(), "the old key no longer finds it");
    tracker.ticket().update(TicketKey.of("p1", "t1")).assignee(null).execute();
    assertEquals(List.of(), tracker.assignedTo("carol", PageRequest.first()).items(), "cleared: out of the index");
  }

  @Test
  void theLocalIndexFollowsTheUpdatedTimestamp(LocalDynamoDb dynamo) {
    TrackerTable tracker = table(dynamo);
    tracker.ticket().create(ticket("t1", 1, null));
    clock.advance(60);
    tracker.ticket().create(ticket("t2", 1, null));
    assertEquals(List.of("t2", "t1"), ids(tracker.recentlyUpdated("p1", PageRequest.first()).items()));
    clock.advance(60);
    tracker.ticket().update(TicketKey.of("p1", "t1")).title("renamed").execute();
    assertEquals(List.of("t1", "t2"), ids(tracker.recentlyUpdated("p1", PageRequest.first()).items()));
  }

  @Test
  void priorityRangesUseThePaddedValue(LocalDynamoDb dynamo) {
    TrackerTable tracker = table(dynamo);
    for (int p : new int[] {1, 9, 10, 99, 100}) {
      tracker.ticket().create(ticket("t" + p, p, null));
    }
    assertEquals(List.of("t9", "t10", "t99"), ids(tracker.ticketsByStatus("p1", TicketStatus.OPEN,
        KeyRange.between(5, 99), PageRequest.first()).items()), "numeric order, not text order");
    assertEquals(List.of("t100"), ids(tracker.ticketsByStatus("p1", TicketStatus.OPEN,
        KeyRange.after(99), PageRequest.first()).items()));
  }

  @Test
  void triageQueriesTheMultiAttributeKey(LocalDynamoDb dynamo) {
    TrackerTable tracker = table(dynamo);
    for (int p : new int[] {1, 5, 9, 10, 50}) {
      tracker.ticket().create(ticket("t" + p, p, null));
    }
    tracker.ticket().create(ticket("x1", 7, null).toBuilder().status(TicketStatus.DONE).build());
    assertEquals(List.of("t5", "t9", "t10"), ids(tracker.triage("p1", TicketStatus.OPEN, KeyRange.between(5, 10),
        PageRequest.first()).items()), "a number key: numeric order");
    assertEquals(List.of("t1", "t5", "t9", "t10", "t50"), ids(tracker.triage("p1", TicketStatus.OPEN,
        PageRequest.first()).items()));
    assertEquals(List.of("x1"), ids(tracker.triage("p1", TicketStatus.DONE, KeyRange.atLeast(7),
        PageRequest.first()).items()));
    assertEquals(List.of(), ids(tracker.triage("p2", TicketStatus.OPEN, PageRequest.first()).items()));
  }

  @Test
  void theBoardReturnsWhatTheIncludeIndexProjects(LocalDynamoDb dynamo) {
    TrackerTable tracker = table(dynamo);
    tracker.ticket().create(ticket("t1", 3, "ada"));
    tracker.ticket().create(ticket("t2", 4, null).toBuilder().status(TicketStatus.IN_PROGRESS).build());
    List<BoardProjection> board = tracker.board("p1", PageRequest.first()).items();
    assertEquals(List.of(
        BoardProjection.builder().projectId("p1").ticketId("t1").title("Ticket t1").status(TicketStatus.OPEN).build(),
        BoardProjection.builder().projectId("p1").ticketId("t2").title("Ticket t2").status(TicketStatus.IN_PROGRESS)
            .build()), board, "keys and the projected title and status, nothing else");
  }

  @Test
  void theCollectionSkipsTheCommentsThatShareThePartition(LocalDynamoDb dynamo) {
    TrackerTable tracker = table(dynamo);
    tracker.project().create(Project.builder().projectId("p1").name("Apollo").build());
    tracker.ticket().create(ticket("t1", 1, null).toBuilder().labels(Set.of("bug")).build());
    tracker.comment().create(Comment.builder().projectId("p1").ticketId("t1").commentId("c1").author("ada")
        .body("seen").client(WEB).build());
    ProjectWithTickets page = tracker.projectWithTickets("p1", PageRequest.first());
    assertEquals(List.of("Apollo"), page.projects().stream().map(Project::name).toList());
    assertEquals(List.of("t1"), ids(page.tickets()));
    assertEquals(Set.of("bug"), page.tickets().get(0).labels());
    assertEquals(List.of("c1"), tracker.commentsOnTicket("p1", "t1", PageRequest.first()).items().stream()
        .map(Comment::commentId).toList());
  }

  @Test
  void aRequiredDocumentStoredAsNullIsMissingButAnyOtherValueReads() {
    Map<String, AttributeValue> item = new HashMap<>(CommentCodec.encode(Comment.builder()
        .projectId("p1").ticketId("t1").commentId("c9").author("ada").body("hi").client(WEB).build()));
    assertEquals(WEB, CommentCodec.decode(item).client());
    item.put("client", AttributeValue.fromL(List.of(AttributeValue.fromN("1"))));
    assertEquals(AttributeValue.fromL(List.of(AttributeValue.fromN("1"))),
        CommentCodec.decode(item).client());
    item.put("client", AttributeValue.fromNul(true));
    assertEquals("item {PK=PROJECT#p1, SK=TICKET#t1#COMMENT#c9}, attribute 'client': is missing",
        assertThrows(ItemDecodeException.class, () -> CommentCodec.decode(item)).getMessage());
    item.put("client", WEB);
    item.put("body", AttributeValue.fromNul(true));
    assertEquals("item {PK=PROJECT#p1, SK=TICKET#t1#COMMENT#c9}, attribute 'body': is missing",
        assertThrows(ItemDecodeException.class, () -> CommentCodec.decode(item)).getMessage());
  }

  @Test
  void aFailedTransactionNamesTheActionAndChangesNothing(LocalDynamoDb dynamo) {
    TrackerTable tracker = table(dynamo);
    tracker.ticket().create(ticket("t1", 1, null));
    TransactionFailedException failed = assertThrows(TransactionFailedException.class, () -> tracker.transaction()
        .create(Project.builder().projectId("p9").name("new").build())
        .update(TicketKey.of("p1", "t1"), u -> u.title("moved").when(Ticket.PRIORITY.atLeast(5)))
        .execute());
    assertEquals(1, failed.failures().size());
    assertEquals(1, failed.failures().get(0).index());
    assertEquals("ConditionalCheckFailed", failed.failures().get(0).code());
    assertTrue(tracker.operations().get(Project.builder().projectId("p9").name("x").build().key().toItemKey(), true)
        .isEmpty(), "the create was rolled back");
    tracker.transaction().create(Project.builder().projectId("p9").name("new").build())
        .update(TicketKey.of("p1", "t1"), u -> u.title("moved")).execute();
    assertEquals("moved", tracker.getTicket("p1", "t1").orElseThrow().title());
  }

  @Test
  void theStreamRouterHandsOutTypedEventsByEntityAndKind(LocalDynamoDb dynamo) {
    TrackerTable tracker = table(dynamo);
    tracker.ticket().create(ticket("t1", 1, null));
    clock.advance(1);
    tracker.ticket().update(TicketKey.of("p1", "t1")).assignee("ada").execute();
    tracker.comment().create(Comment.builder().projectId("p1").ticketId("t1").commentId("c1").author("ada")
        .body("on it").client(WEB).build());
    tracker.ticket().delete(TicketKey.of("p1", "t1"));
    List<String> seen = new ArrayList<>();
    TrackerStreamRouter router = TrackerStreamRouter.builder()
        .onTicketInserted(e -> seen.add("inserted " + e.after().orElseThrow().ticketId()))
        .onTicketModified(e -> seen.add("modified " + e.before().orElseThrow().assignee() + " -> "
            + e.after().orElseThrow().assignee() + " " + changed(e)))
        .onTicketRemoved(e -> seen.add("removed " + e.before().orElseThrow().ticketId()))
        .onCommentInserted(e -> seen.add("comment " + e.after().orElseThrow().body()))
        .build();
    router.accept(StreamRecords.read(dynamo, tracker.tableName()));
    assertEquals(List.of("inserted t1", "modified null -> ada [assignee, updatedAt, version]", "comment on it",
        "removed t1"), seen);
  }

  private static List<String> changed(StreamEvent<Ticket> e) {
    return e.changedAttributes().stream().filter(a -> !a.startsWith("GSI") && !a.startsWith("LSI")).sorted().toList();
  }

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(long seconds) {
      now = now.plusSeconds(seconds);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
