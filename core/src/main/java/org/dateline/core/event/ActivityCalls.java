package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.EventType;

/**
 * A call for an activity that names no one to do it is exhortation or policy, not a demand made of a party: "the
 * minister called for introducing new farming methods", "he called for respecting women in society and training more
 * women officials", "the chairman called for organizing events in every province". The gerund names what is to be
 * done and nobody the caller addresses; such calls are how a leader's guidance at home is told, and the conventions
 * code no domestic exhortation with no counterpart (CODING.md section 7). A call that names the party it is aimed at
 * stays a request: "called for stopping the aggression of the United States", "called on Japan to stop", "called for
 * the withdrawal of the troops" (a noun, whose owner is the party: left to the other rules).
 *
 * <p>The test: a request coded on a verb of calling ({@code activity-calling-verbs}) whose complement introduced by
 * {@code activity-calling-cases} is a gerund; the event has no recipient, and the gerund's phrase names no counterpart:
 * no place, body, group or person named, and no word of relations between parties ("called for
 * improving relations", "reunifying the country", "stopping the base construction on Jeju Island" stay requests).
 */
final class ActivityCalls {
    private static final Set<String> VERBS = EventWords.get("activity-calling-verbs");
    private static final Set<String> CASES = EventWords.get("activity-calling-cases");
    private static final Set<String> COUNTERPART = EventWords.get("counterpart-words");

    private final Clause c;

    ActivityCalls(Clause c) {
        this.c = c;
    }

    /** Whether the request of the verb v calls for an activity and names no party to do it or undergo it. */
    boolean toNoOne(int v, Coding e) {
        if (v < 0 || e.type != EventType.REQUEST || !e.others.isEmpty()) return false;
        if (!c.pos(v).startsWith("VB") || !VERBS.contains(c.lemma(v))) return false;
        List<Integer> gerunds = gerunds(v);
        if (gerunds.isEmpty()) return false;
        return gerunds.stream().noneMatch(this::namesCounterpart);
    }

    /**
     * "called for introducing X": the phrases the verb governs through "for" whose first word (after any adverb) is a
     * gerund. The parser often reads such a gerund as an adjective of its object ("for [introducing] new methods"), so
     * the phrase is taken whole, whatever head it was given.
     */
    private List<Integer> gerunds(int v) {
        List<Integer> out = new ArrayList<>();
        for (int k : c.children(v, "obl", "advcl")) {
            for (int m : c.children(k, "case", "mark")) {
                if (!CASES.contains(c.lower(m))) continue;
                int w = m + 1;
                while (w < c.size() && c.pos(w).startsWith("RB")) w++; // "for actively introducing"
                if (w < c.size() && c.pos(w).equals("VBG") && c.dominates(k, w)) out.add(k);
            }
        }
        return out;
    }

    /**
     * Whether the gerund's phrase names a counterpart: any place, body, state, group or person the text names (a
     * pronoun, "events praising his feats", names no one new), or a word of relations between parties
     * ({@code counterpart-words}: "improving relations", "reunifying the country", "building fair trade").
     */
    private boolean namesCounterpart(int g) {
        for (int i : c.subtree(g)) {
            if (COUNTERPART.contains(c.lemma(i)) || COUNTERPART.contains(c.lower(i))) return true;
            for (Entity en : c.entitiesAt(i)) {
                // a person named by name is someone the call is about, whatever his country ("called for
                // supporting Mr. X's candidacy"); a pronoun ("praising his feats") names no one new
                if (en.type() != EntityType.PRONOUN) return true;
            }
        }
        return false;
    }
}
