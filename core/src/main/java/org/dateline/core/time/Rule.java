package org.dateline.core.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern for one family of expressions, an optional guard that vetoes look-alikes by their surroundings
 * ("2000 people" is no year), and the normaliser that turns a surviving match into a value.
 */
final class Rule {
    /** Vetoes a match using the surrounding text. */
    interface Guard {
        boolean accept(Match m, String body);
    }

    /** Turns a match into a value; null drops the match. */
    interface Normalizer {
        Resolution resolve(Match m, ResolveContext ctx);
    }

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    final String name;
    final Pattern pattern;
    final Guard guard;
    final Normalizer normalizer;
    private final List<String> groupNames = new ArrayList<>();

    Rule(String name, Pattern pattern, Guard guard, Normalizer normalizer) {
        this.name = name;
        this.pattern = pattern;
        this.guard = guard;
        this.normalizer = normalizer;
        Matcher g = GROUP_NAME.matcher(pattern.pattern());
        while (g.find()) groupNames.add(g.group(1));
    }

    /** Every accepted hit of this rule in the body. A group named "t" narrows the span to the expression. */
    void scan(String body, List<Match> out) {
        Matcher m = pattern.matcher(body);
        while (m.find()) {
            if (m.end() == m.start()) continue;
            Map<String, String> groups = new HashMap<>(groupNames.size() * 2);
            for (String n : groupNames) groups.put(n, m.group(n));
            int s = m.start();
            int e = m.end();
            if (groups.containsKey("t") && m.group("t") != null) {
                s = m.start("t");
                e = m.end("t");
            }
            Match match = new Match(this, s, e, body.substring(s, e), groups);
            if (guard == null || guard.accept(match, body)) out.add(match);
        }
    }

    @Override public String toString() {
        return name;
    }
}
