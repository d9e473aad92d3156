package org.dateline.core.event;

import java.util.Set;
import java.util.regex.Pattern;

import org.dateline.model.EventType;

/**
 * A game's result told with a verb of force: "Madrid beat Barcelona 3-1", "beat Kentucky in the Gator Bowl", "beat
 * West Virginia to win the title". Sports pages say who beat, crushed or routed whom in every story; no event coder
 * codes a match as an assault. The cues are English's own: a score ("3-1", "30-17", "2:0") on the verb, a contest it happened
 * in ({@code contest-nouns}: game, final, bowl, match), or an infinitive of winning ("to win the title"). Without one
 * the verb keeps its sense: "police beat the protesters with batons".
 */
final class GameResults {
    private static final Pattern SCORE = Pattern.compile("\\d{1,3}[-–]\\d{1,3}");
    /**
     * "beat the rival 2:0": a score written with a colon, as KCNA writes them; its second number has one
     * digit, where a clock time ("at 2:30") has two.
     */
    private static final Pattern COLON_SCORE = Pattern.compile("\\d{1,3}:\\d");
    private static final Set<String> CONTESTS = EventWords.get("contest-nouns");
    private static final Set<String> WINNING = EventWords.get("winning-verbs");

    private final Clause c;

    GameResults(Clause c) { this.c = c; }

    /** Whether the attack or coercion verb v tells a game's result. */
    boolean result(int v, EventType type) {
        if (type != EventType.ASSAULT && type != EventType.COERCE || !c.pos(v).startsWith("VB")) return false;
        for (int k : c.children(v)) {
            if (score(k)) return true;
            if (c.relIs(k, "obl") && CONTESTS.contains(c.lemma(k))) return true;
            if (c.relIs(k, "xcomp", "advcl") && WINNING.contains(c.lemma(k))) return true;
            for (int m : c.children(k, "nummod", "obl", "nmod")) if (score(m)) return true;
        }
        return false;
    }

    /** "3-1" as one token, or as the tokenizer may split it: a number, a dash, a number (either number marking it). */
    private boolean score(int k) {
        String w = c.tokens.get(k).word();
        if (SCORE.matcher(w).matches() || COLON_SCORE.matcher(w).matches()) return true;
        if (!c.pos(k).equals("CD")) return false;
        return k + 2 < c.size() && isDash(k + 1) && c.pos(k + 2).equals("CD") || k >= 2 && isDash(k - 1) && c.pos(k - 2).equals("CD");
    }

    private boolean isDash(int k) { return c.tokens.get(k).word().equals("-") || c.tokens.get(k).word().equals("–"); }
}
