package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;

import org.dateline.model.Participant;

/**
 * Whom a reported clause of blame blames (whether it blames anyone at all is {@link ReportedBlame}'s question). A verb of blame has a doer ("said X had
 * lied"); "unacceptable", "illegal" or "a violation" judge a thing, and a judgement is an accusation only when the
 * thing is someone's: "said Iran's actions were unacceptable", "said the governor's decision is illegal", "said they
 * were reckless" blame Iran, the governor, them; "said the price is outrageous" or "said the road is illegal to drive
 * on" blame no one. The subject names someone when it or a word of its phrase is a proper name, a pronoun or a
 * possessor; an adjective with an infinitive of its own ("illegal to drive") judges the act, not its subject.
 */
final class BlamedParties {
    private BlamedParties() {}

    /**
     * The ones clause v blames: its subject ("said X had lied"), or when the subject is a deed, the one whose deed it
     * is ("said Iran's actions were unacceptable": Iran).
     */
    static List<Participant> accused(Clause c, ParticipantFinder parts, int v) {
        List<Participant> out = new ArrayList<>();
        for (int s : c.childrenExact(v, "nsubj")) {
            List<Participant> own = parts.of(s);
            if (own.isEmpty()) for (int p : c.children(s, "nmod:poss")) Participants.addAll(out, parts.of(p));
            Participants.addAll(out, own);
        }
        // "said the danger is growing due to the moves of X": a harm's subject names no one, its cause is blamed
        int cause = out.isEmpty() && CausedHarms.lays(c, v) ? CausedHarms.causeOf(c, v) : -1;
        if (cause >= 0) Participants.addAll(out, causing(c, parts, cause));
        return out;
    }

    /** The party a cause phrase names: its head ("due to X"), else its possessor or "of" phrase ("X's moves"). */
    private static List<Participant> causing(Clause c, ParticipantFinder parts, int cause) {
        List<Participant> own = parts.of(cause);
        if (!own.isEmpty()) return own;
        List<Participant> out = new ArrayList<>();
        for (int p : c.children(cause, "nmod:poss", "nmod")) {
            if (c.relIs(p, "nmod:poss") || c.caseOf(p).equals("of")) Participants.addAll(out, parts.of(p));
        }
        return out;
    }
}
