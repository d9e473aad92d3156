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
    /** Position in the rule list: on equal length the earlier rule wins. */
    int rank;
    private final List<String> groupNames = new ArrayList<>();

    /** A cheap pattern every match must contain, or null: the full pattern then runs only around its hits. */
    private Pattern trigger;
    private int reachBack;
    private int reachForward;

    Rule(String name, Pattern pattern, Guard guard, Normalizer normalizer) {
        this.name = name;
        this.pattern = pattern;
        this.guard = guard;
        this.normalizer = normalizer;
        Matcher g = GROUP_NAME.matcher(pattern.pattern());
        while (g.find()) groupNames.add(g.group(1));
    }

    /**
     * Makes the rule run its full pattern only near hits of a cheap trigger (a unit word, "ago"): a pattern with
     * long optional prefixes is slow when tried at every word of every article.
     */
    Rule triggeredBy(Pattern cheap, int back, int forward) {
        this.trigger = cheap;
        this.reachBack = back;
        this.reachForward = forward;
        return this;
    }

    /** Every accepted hit of this rule in the body. A group named "t" narrows the span to the expression. */
    void scan(String body, List<Match> out) {
        Matcher m = pattern.matcher(body);
        if (trigger == null) {
            while (m.find()) accept(m, body, out);
            return;
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        Matcher t = trigger.matcher(body);
        int done = 0;
        while (t.find()) {
            if (t.end() <= done) continue;
            int from = Math.max(done, t.start() - reachBack);
            m.region(from, Math.min(body.length(), t.end() + reachForward));
            while (m.find()) {
                if (m.start() > t.start()) break;
                if (m.end() < t.end()) continue;
                accept(m, body, out);
                done = m.end();
                break;
            }
        }
    }

    private void accept(Matcher m, String body, List<Match> out) {
        if (m.end() == m.start()) return;
        {
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
