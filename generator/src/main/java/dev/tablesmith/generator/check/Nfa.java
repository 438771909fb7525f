package dev.tablesmith.generator.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * A small nondeterministic automaton over character classes, with epsilon moves: the language of
 * the keys a template can render. Built by {@link KeyLanguage}; compared by {@link #meets}.
 */
final class Nfa {
  /** A move on one character of a class. */
  record Edge(CharClass label, int to) {}

  private final List<List<Edge>> edges = new ArrayList<>();
  private final List<List<Integer>> epsilons = new ArrayList<>();
  private final BitSet accepting = new BitSet();
  private int start;

  int state() {
    edges.add(new ArrayList<>());
    epsilons.add(new ArrayList<>());
    return edges.size() - 1;
  }

  void edge(int from, CharClass label, int to) {
    edges.get(from).add(new Edge(label, to));
  }

  void epsilon(int from, int to) {
    epsilons.get(from).add(to);
  }

  void start(int state) {
    start = state;
  }

  void accept(int state) {
    accepting.set(state);
  }

  /** This language followed by anything: the keys that begin with one of its words. */
  Nfa prefixes() {
    Nfa copy = new Nfa();
    for (int s = 0; s < edges.size(); s++) {
      copy.state();
      for (Edge e : edges.get(s)) {
        copy.edge(s, e.label(), e.to());
      }
      for (int to : epsilons.get(s)) {
        copy.epsilon(s, to);
      }
    }
    copy.start(start);
    int tail = copy.state();
    copy.edge(tail, CharClass.ANY, tail);
    copy.accept(tail);
    for (int s = accepting.nextSetBit(0); s >= 0; s = accepting.nextSetBit(s + 1)) {
      copy.epsilon(s, tail);
    }
    return copy;
  }

  /** Whether some word is in both languages (a product search). */
  boolean meets(Nfa other) {
    int width = other.edges.size();
    BitSet seen = new BitSet();
    Deque<int[]> work = new ArrayDeque<>();
    for (int a : closure(start)) {
      for (int b : other.closure(other.start)) {
        push(work, seen, a, b, width);
      }
    }
    while (!work.isEmpty()) {
      int[] pair = work.pop();
      if (accepting.get(pair[0]) && other.accepting.get(pair[1])) {
        return true;
      }
      for (Edge x : edges.get(pair[0])) {
        for (Edge y : other.edges.get(pair[1])) {
          if (x.label().meets(y.label())) {
            for (int a : closure(x.to())) {
              for (int b : other.closure(y.to())) {
                push(work, seen, a, b, width);
              }
            }
          }
        }
      }
    }
    return false;
  }

  private static void push(Deque<int[]> work, BitSet seen, int a, int b, int width) {
    int id = a * width + b;
    if (!seen.get(id)) {
      seen.set(id);
      work.push(new int[] {a, b});
    }
  }

  private List<Integer> closure(int state) {
    List<Integer> out = new ArrayList<>();
    Deque<Integer> work = new ArrayDeque<>();
    BitSet seen = new BitSet();
    work.push(state);
    seen.set(state);
    while (!work.isEmpty()) {
      int s = work.pop();
      out.add(s);
      for (int to : epsilons.get(s)) {
        if (!seen.get(to)) {
          seen.set(to);
          work.push(to);
        }
      }
    }
    return out;
  }
}
