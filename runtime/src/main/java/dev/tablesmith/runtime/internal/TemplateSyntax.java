package dev.tablesmith.runtime.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The syntax of a key template: literal text and {@code <name>} placeholders, with literal text
 * between any two placeholders (so a rendered key can be read back).
 *
 * @param literals the literal texts: before the first placeholder, then after each one
 * @param names the placeholder names, in order
 */
public record TemplateSyntax(List<String> literals, List<String> names) {

    /** Copies the lists. */
    public TemplateSyntax {
        literals = List.copyOf(literals);
        names = List.copyOf(names);
    }

    /**
     * @param template the template text
     * @return its parts
     * @throws IllegalArgumentException for a malformed template (a model bug, not bad data)
     */
    public static TemplateSyntax split(String template) {
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int pos = 0;
        while (true) {
            int open = template.indexOf('<', pos);
            int close = template.indexOf('>', pos);
            if (open < 0) {
                check(close < 0, template, "'>' without '<'");
                literals.add(template.substring(pos));
                return new TemplateSyntax(literals, names);
            }
            check(close > open + 1 && template.lastIndexOf('<', close) == open,
                    template, "placeholders are written <name>");
            check(names.isEmpty() || open > pos, template,
                    "two placeholders need literal text between them");
            literals.add(template.substring(pos, open));
            names.add(template.substring(open + 1, close));
            pos = close + 1;
        }
    }

    private static void check(boolean ok, String template, String problem) {
        if (!ok) {
            throw new IllegalArgumentException("key template '" + template + "': " + problem);
        }
    }
}
