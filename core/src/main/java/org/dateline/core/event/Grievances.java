package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dateline.model.Participant;

/**
 * The party a feeling of grievance is at: "expressed anger at Chile", "outrage over Chile's decision", "dismay at the
 * rebels' attack". PETRARCH's patterns of "express" give the code (criticism for anger, outrage, dissatisfaction);
 * like every pattern, they make an event only with another side, and that side stands in the feeling's "at", "over"
 * or "about" phrase, or is that phrase's possessor. A feeling at a thing nobody did ("anger at the weather") is at no
 * one, and stays no event.
 */
final class Grievances {
    /** Nouns of a grievance felt at someone ("anger", "outrage"). */
    private static final Set<String> NOUNS = EventWords.get("grievance-nouns");
    /** The prepositions of whom or what a grievance is at. */
    private static final Set<String> CASES = EventWords.get("grievance-cases");

    private Grievances() {}

    /** Whom grievance noun obj is at: its at/over/about phrase's participants or possessor; empty for another noun. */
    static List<Participant> at(Clause c, ParticipantFinder parts, int obj) {
        List<Participant> out = new ArrayList<>();
        if (!NOUNS.contains(c.lemma(obj))) return out;
        for (int p : c.children(obj, "nmod")) {
            if (!CASES.contains(c.caseOf(p))) continue;
            Participants.addAll(out, parts.of(p));
            for (int q : c.childrenExact(p, "nmod:poss")) if (out.isEmpty() && !c.pos(q).equals("PRP$")) Participants.addAll(out, parts.of(q));
            if (!out.isEmpty()) break;
        }
        return out;
    }
}
