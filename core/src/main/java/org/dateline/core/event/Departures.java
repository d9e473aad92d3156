package org.dateline.core.event;

import java.util.List;
import java.util.Set;

import org.dateline.model.CountryCodes;
import org.dateline.model.Participant;

/**
 * A party leaving the place the story is filed from: "The delegation of the Czech party left here on Monday",
 * "X and his party departed from here for home". A foreign party that leaves "here" ends its visit there, and the
 * departure is how a wire bulletin tells that visit (CODING.md question 129: "left for", "arrived", "toured" tell the
 * visit itself): a CONSULT 042 by the visitors to the state the story is filed in, dated by the departure. A party
 * of that state leaving home visits no one here ("left here to attend a congress": a trip abroad, coded only where
 * its destination is named).
 */
final class Departures {
    private static final Set<String> HERE_WORDS = EventWords.get("here-words");
    private static final Set<String> LEAVING = EventWords.get("leaving-verbs");

    private Departures() {}

    /** Whether verb i is a verb of leaving whose place is "here" ("left here", "departed from here"). */
    static boolean leavesHere(Clause c, int i) {
        return c.pos(i).startsWith("VB") && LEAVING.contains(c.lemma(i)) && placedHere(c, i);
    }

    /**
     * Whether the place of verb i is "here" ("left here", "arriving here"); "departed from here": the parser may hang
     * "here" as an adverbial clause of the verb.
     */
    static boolean placedHere(Clause c, int i) {
        return c.hasChildAmong(i, HERE_WORDS, "advmod", "obl", "obj", "advcl");
    }

    /**
     * The state the story is filed in, as the host of a visit that ends by this departure; null unless every visitor
     * the text places is of another state and one is (or, none placed, the story's visitors are: {@link
     * VisitingParty}).
     */
    static Participant hostLeft(List<Participant> visitors, Participant here, String storyVisitors) {
        if (here == null || here.country() == null) return null;
        boolean abroad = false;
        for (Participant p : visitors) {
            if (p.country() == null) continue;
            if (p.country().equals(here.country())) return null;
            abroad |= CountryCodes.isState(p.country());
        }
        if (!abroad && (storyVisitors == null || storyVisitors.equals(here.country()) || !CountryCodes.isState(storyVisitors))) return null;
        return here;
    }
}
