package dev.tablesmith.generator.read;

import dev.tablesmith.generator.diag.Code;
import dev.tablesmith.generator.diag.Diagnostics;
import dev.tablesmith.generator.diag.Location;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/** Builds the syntax tree from parser events without recursion, enforcing the reader's caps. */
final class TreeBuilder {
  static final int MAX_DEPTH = 64;
  static final int MAX_ALIASES = 100;
  static final long MAX_ALIAS_EXPANSION = 10_000;

  private final String file;
  private final Diagnostics diagnostics;
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final Map<String, Node> anchors = new HashMap<>();
  private final Map<Node, Long> weights = new IdentityHashMap<>();
  private Node root;
  private int documents;
  private int aliases;
  private long expansion;
  private boolean done;

  TreeBuilder(String file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  boolean done() {
    return done;
  }

  Optional<MapNode> root() {
    if (done) {
      return Optional.empty();
    }
    if (root == null) {
      diagnostics.report(Code.TS010, Location.of(file), "the file is empty");
      return Optional.empty();
    }
    if (root instanceof MapNode map) {
      return Optional.of(map);
    }
    diagnostics.report(Code.TS010, root.location(), "found " + root.describe());
    return Optional.empty();
  }

  void accept(Event event) {
    switch (event.getEventId()) {
      case DocumentStart -> startDocument((DocumentStartEvent) event);
      case MappingStart, SequenceStart -> startCollection((CollectionStartEvent) event);
      case MappingEnd, SequenceEnd -> endCollection();
      case Scalar -> scalar((ScalarEvent) event);
      case Alias -> alias((AliasEvent) event);
      default -> {}
    }
  }

  private void startDocument(DocumentStartEvent event) {
    documents++;
    if (documents > 1) {
      stop(Code.TS010, at(event), "found a second document ('---')");
    }
  }

  private void startCollection(CollectionStartEvent event) {
    checkTag(event.getTag(), event);
    if (stack.size() >= MAX_DEPTH) {
      stop(Code.TS004, at(event), MAX_DEPTH);
      return;
    }
    stack.push(new Frame(at(event), event instanceof MappingStartEvent, event.getAnchor()));
  }

  private void endCollection() {
    Frame frame = stack.pop();
    Node node =
        frame.mapping
            ? new MapNode(frame.location, frame.entries)
            : new SeqNode(frame.location, frame.items);
    deliver(node, frame.weight, frame.anchor);
  }

  private void scalar(ScalarEvent event) {
    checkTag(event.getTag(), event);
    String text = event.getValue();
    boolean plain = event.isPlain();
    ScalarKind kind = plain ? PlainScalars.kind(text) : ScalarKind.STRING;
    if (plain) {
      PlainScalars.surprise(text).ifPresent(why -> diagnostics.report(Code.TS008, at(event), why));
    }
    ScalarNode node = new ScalarNode(at(event), text, kind, !plain);
    Frame parent = stack.peek();
    boolean description =
        parent != null
            && parent.mapping
            && parent.pendingKey != null
            && parent.pendingKey.text().equals("description");
    if (!description) {
      separator(node);
    }
    deliver(node, 1, event.getAnchor());
  }

  private void alias(AliasEvent event) {
    Node target = anchors.get(event.getAnchor());
    if (target == null) {
      stop(Code.TS012, at(event), event.getAnchor());
      return;
    }
    aliases++;
    long weight = weights.getOrDefault(target, 1L);
    expansion += weight;
    if (aliases > MAX_ALIASES) {
      stop(Code.TS003, at(event), "more than " + MAX_ALIASES + " aliases; write the values out");
    } else if (expansion > MAX_ALIAS_EXPANSION) {
      stop(
          Code.TS003,
          at(event),
          "aliases expand to more than " + MAX_ALIAS_EXPANSION + " nodes; write the values out");
    } else {
      deliver(target, weight, null);
    }
  }

  private void deliver(Node node, long weight, String anchor) {
    if (anchor != null) {
      anchors.put(anchor, node);
      weights.put(node, weight);
    }
    Frame parent = stack.peek();
    if (parent == null) {
      if (root == null) {
        root = node;
      }
      return;
    }
    parent.weight = Math.min(Long.MAX_VALUE / 2, parent.weight + weight);
    if (!parent.mapping) {
      parent.items.add(node);
    } else if (parent.pendingKey == null && !parent.skipValue) {
      acceptKey(parent, node);
    } else {
      if (parent.pendingKey != null) {
        parent.entries.add(new MapNode.Entry(parent.pendingKey, node));
      }
      parent.pendingKey = null;
      parent.skipValue = false;
    }
  }

  private void acceptKey(Frame parent, Node node) {
    parent.skipValue = true;
    if (!(node instanceof ScalarNode key)) {
      diagnostics.report(Code.TS011, node.location(), node.describe());
      return;
    }
    if (!key.quoted() && key.text().equals("<<")) {
      diagnostics.report(Code.TS007, key.location());
      return;
    }
    if (key.kind() == ScalarKind.NULL || key.kind() == ScalarKind.BOOLEAN) {
      diagnostics.reportWithHint(
          Code.TS011,
          key.location(),
          "quote the key (\"" + key.text() + "\") if you mean the text",
          key.describe());
      return;
    }
    Location first = parent.keys.putIfAbsent(key.text(), key.location());
    if (first != null) {
      diagnostics.report(Code.TS002, key.location(), key.text(), first.line());
      return;
    }
    parent.pendingKey = key;
    parent.skipValue = false;
  }

  /**
   * JavaPoet writes U+2028 and U+2029 into string literals as line breaks, which do not compile.
   * Descriptions only reach comments, where they become line breaks, so they may hold them.
   */
  private void separator(ScalarNode node) {
    String text = node.text();
    int at = Math.max(text.indexOf('\u2028'), text.indexOf('\u2029'));
    if (at >= 0) {
      diagnostics.report(
          Code.TS013,
          node.location(),
          text.charAt(at) == '\u2028' ? "U+2028 (line separator)" : "U+2029 (paragraph separator)");
    }
  }

  private void checkTag(String tag, Event event) {
    if (tag != null) {
      diagnostics.report(Code.TS006, at(event), tag);
    }
  }

  private void stop(Code code, Location at, Object... args) {
    diagnostics.report(code, at, args);
    done = true;
  }

  private Location at(Event event) {
    return ModelReader.locate(file, event.getStartMark());
  }

  /** A collection being built. */
  private static final class Frame {
    final Location location;
    final boolean mapping;
    final String anchor;
    final List<Node> items = new ArrayList<>();
    final List<MapNode.Entry> entries = new ArrayList<>();
    final Map<String, Location> keys = new HashMap<>();
    ScalarNode pendingKey;
    boolean skipValue;
    long weight = 1;

    Frame(Location location, boolean mapping, String anchor) {
      this.location = location;
      this.mapping = mapping;
      this.anchor = anchor;
    }
  }
}
