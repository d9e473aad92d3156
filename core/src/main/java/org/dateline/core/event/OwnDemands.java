package org.dateline.core.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dateline.core.language.Token;

/**
 * A demand a piece lays in its own words on a party: "it should officially apologize", "The U.S. had better settle its
 * abuses", "Japan must drop the plan", "Seoul would be well advised to think again". Read from the words alone, for
 * {@link OwnVoice}: a modal of obligation ({@code own-voice-obliging-modals}, "had better", "would be well advised
 * to") whose subject, the words before it back to the clause's edge, is the party the sentence names or a pronoun
 * standing for the one the piece named. Not a passive ("the traitors should be punished": a call told of no one,
 * {@link Rhetoric}), and not one whose subject is anyone else ("All Koreans should unite": one's own people).
 */
final class OwnDemands {
    private static final Set<String> MODALS = EventWords.get("own-voice-obliging-modals");
    private static final Set<String> BETTER = EventWords.get("obliging-comparatives");
    private static final Set<String> WELL = EventWords.get("obliging-advised-adverbs");
    private static final Set<String> EDGES = EventWords.get("own-voice-clause-edges");
    private static final Set<String> STANDING_FOR = EventWords.get("own-voice-party-pronouns");

    private OwnDemands() {}

    /**
     * Whether the sentence presses a party: an obliging modal on an active verb whose subject holds the party's
     * mention (characters {@code partyStart} to {@code partyEnd}; -1 when the sentence names none) or a pronoun.
     */
    static boolean presses(List<Token> ts, int partyStart, int partyEnd) {
        for (int m = 0; m < ts.size(); m++) {
            int verb = obligedVerb(ts, m);
            if (verb < 0 || passive(ts, verb)) continue;
            if (subjectIsParty(ts, m, partyStart, partyEnd)) return true;
        }
        return false;
    }

    /** The index of the verb a modal of obligation at m governs ("should [not] halt", "had better settle"); -1. */
    private static int obligedVerb(List<Token> ts, int m) {
        String w = ts.get(m).word().toLowerCase(Locale.ROOT);
        int next;
        if (MODALS.contains(w)) next = m + 1;
        else if ((w.equals("had") || w.equals("'d")) && m + 1 < ts.size() && BETTER.contains(lower(ts, m + 1))) next = m + 2;
        else if (w.equals("be") && m + 2 < ts.size() && WELL.contains(lower(ts, m + 1)) && lower(ts, m + 2).equals("advised")) next = m + 3;
        else return -1;
        while (next < ts.size() && (ts.get(next).pos().startsWith("RB") || lower(ts, next).equals("to"))) next++;
        return next < ts.size() && ts.get(next).pos().startsWith("VB") ? next : -1;
    }

    /** "should be wiped out": "be" and a past participle. */
    private static boolean passive(List<Token> ts, int verb) {
        if (!lower(ts, verb).equals("be")) return false;
        for (int i = verb + 1; i < Math.min(ts.size(), verb + 3); i++) if (ts.get(i).pos().equals("VBN")) return true;
        return false;
    }

    /** The words before the modal back to the clause's edge hold the party's mention or a pronoun for it. */
    private static boolean subjectIsParty(List<Token> ts, int m, int partyStart, int partyEnd) {
        int start = m - 1;
        while (start >= 0 && !EDGES.contains(lower(ts, start))) start--;
        for (int i = start + 1; i < m; i++) {
            Token t = ts.get(i);
            if (partyStart >= 0 && t.start() < partyEnd && partyStart < t.end()) return true;
            if (t.pos().startsWith("PRP") && STANDING_FOR.contains(lower(ts, i))) return true;
        }
        return false;
    }

    private static String lower(List<Token> ts, int i) {
        return ts.get(i).word().toLowerCase(Locale.ROOT);
    }
}
