package dev.tablesmith.generator.check;

import dev.tablesmith.generator.model.Attribute;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.Template;
import dev.tablesmith.generator.model.TypeRef;
import java.util.List;
import java.util.Optional;

/**
 * The set of keys a template can render for an entity, as an automaton. Values follow the runtime's
 * rendering rules (MODEL.md): text is non-empty and never contains the literal that follows it (or
 * the delimiter at the end); enums render their stored values; padded numbers, instants and dates
 * render fixed-width digits.
 */
final class KeyLanguage {
  private final String delimiter;

  KeyLanguage(String delimiter) {
    this.delimiter = delimiter;
  }

  /** Every key the template renders. */
  Nfa of(Template template, Entity entity) {
    return build(template, entity, template.parts().size());
  }

  /**
   * The texts a {@code begins_with} on this template can use once its first {@code bound}
   * placeholders are known: the parts up to the next placeholder.
   */
  Nfa prefix(Template template, Entity entity, int bound) {
    int seen = 0;
    int end = template.parts().size();
    for (int i = 0; i < template.parts().size(); i++) {
      if (template.parts().get(i) instanceof Template.Placeholder) {
        if (seen == bound) {
          end = i;
          break;
        }
        seen++;
      }
    }
    return build(template, entity, end);
  }

  private Nfa build(Template template, Entity entity, int end) {
    Nfa nfa = new Nfa();
    int state = nfa.state();
    nfa.start(state);
    List<Template.Part> parts = template.parts();
    for (int i = 0; i < end; i++) {
      Template.Part part = parts.get(i);
      if (part instanceof Template.Literal literal) {
        state = text(nfa, state, literal.text());
      } else {
        String name = ((Template.Placeholder) part).attribute();
        String guard =
            i + 1 < parts.size() && parts.get(i + 1) instanceof Template.Literal next
                ? next.text()
                : delimiter;
        state = value(nfa, state, entity.attribute(name), guard);
      }
    }
    nfa.accept(state);
    return nfa;
  }

  private static int text(Nfa nfa, int from, String text) {
    int state = from;
    for (int i = 0; i < text.length(); i++) {
      int next = nfa.state();
      nfa.edge(state, CharClass.of(text.charAt(i)), next);
      state = next;
    }
    return state;
  }

  private int value(Nfa nfa, int from, Optional<Attribute> attribute, String guard) {
    if (attribute.isEmpty()) {
      return freeText(nfa, from, guard);
    }
    Attribute a = attribute.get();
    TypeRef.Kind kind = a.type().kind();
    return switch (kind) {
      case ENUM ->
          choice(nfa, from, a.type().values().stream().map(TypeRef.EnumValue::stored).toList());
      case BOOLEAN -> choice(nfa, from, List.of("true", "false"));
      case DATE -> shape(nfa, from, "dddd-dd-dd");
      case INSTANT -> a.format().isEpoch() ? digits(nfa, from) : shape(nfa, from, instantShape(a));
      case INT, LONG ->
          a.pad() > 0 ? shape(nfa, from, "d".repeat(a.pad())) : signedDigits(nfa, from);
      default -> freeText(nfa, from, guard);
    };
  }

  private static String instantShape(Attribute a) {
    return switch (a.format()) {
      case ISO_SECONDS -> "dddd-dd-ddTdd:dd:ddZ";
      case ISO_LOCAL -> "dddd-dd-ddTdd:dd:dd";
      default -> "dddd-dd-ddTdd:dd:dd.dddZ";
    };
  }

  /** A fixed-width shape: {@code d} is a digit, any other character stands for itself. */
  private static int shape(Nfa nfa, int from, String shape) {
    int state = from;
    for (int i = 0; i < shape.length(); i++) {
      int next = nfa.state();
      char c = shape.charAt(i);
      nfa.edge(state, c == 'd' ? CharClass.DIGIT : CharClass.of(c), next);
      state = next;
    }
    return state;
  }

  private static int choice(Nfa nfa, int from, List<String> words) {
    int exit = nfa.state();
    for (String word : words) {
      nfa.epsilon(text(nfa, from, word), exit);
    }
    return exit;
  }

  private static int digits(Nfa nfa, int from) {
    int loop = nfa.state();
    nfa.edge(from, CharClass.DIGIT, loop);
    nfa.edge(loop, CharClass.DIGIT, loop);
    return loop;
  }

  private static int signedDigits(Nfa nfa, int from) {
    int unsigned = nfa.state();
    nfa.epsilon(from, unsigned);
    nfa.edge(from, CharClass.of('-'), unsigned);
    return digits(nfa, unsigned);
  }

  /** Non-empty text that never contains {@code guard}: a KMP automaton over the guard. */
  private static int freeText(Nfa nfa, int from, String guard) {
    int m = guard.length();
    int[] failure = failure(guard);
    String alphabet = distinct(guard);
    int[] states = new int[m];
    for (int q = 0; q < m; q++) {
      states[q] = nfa.state();
    }
    int exit = nfa.state();
    for (int q = 0; q < m; q++) {
      nfa.epsilon(states[q], exit);
    }
    for (int q = -1; q < m; q++) {
      int source = q < 0 ? from : states[q];
      int at = Math.max(q, 0);
      for (int i = 0; i < alphabet.length(); i++) {
        int next = step(guard, failure, at, alphabet.charAt(i));
        if (next < m) {
          nfa.edge(source, CharClass.of(alphabet.charAt(i)), states[next]);
        }
      }
      nfa.edge(source, CharClass.noneOf(alphabet), states[0]);
    }
    return exit;
  }

  private static int step(String guard, int[] failure, int q, char c) {
    int state = q;
    while (state > 0 && guard.charAt(state) != c) {
      state = failure[state - 1];
    }
    return guard.charAt(state) == c ? state + 1 : 0;
  }

  private static int[] failure(String guard) {
    int[] f = new int[guard.length()];
    int k = 0;
    for (int i = 1; i < guard.length(); i++) {
      while (k > 0 && guard.charAt(i) != guard.charAt(k)) {
        k = f[k - 1];
      }
      if (guard.charAt(i) == guard.charAt(k)) {
        k++;
      }
      f[i] = k;
    }
    return f;
  }

  private static String distinct(String s) {
    StringBuilder out = new StringBuilder();
    s.chars().distinct().forEach(c -> out.append((char) c));
    return out.toString();
  }
}
