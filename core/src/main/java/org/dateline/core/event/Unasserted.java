package org.dateline.core.event;

import java.util.Set;

/**
 * A yes/no question asserts no happening: "Will Russia attack Ukraine again?", "Did the rebels attack the convoy?"
 * ask whether it happens, and none of their acts is an event (nor a stated intention: "will" in a question is no
 * threat). A question with a question word ("Who attacked the convoy?") takes its act as given and is not one of them.
 *
 * <p>A habit told in the present ("police often arrest protesters", "soldiers routinely beat detainees") is left
 * alone: news reports such a practice as the acts of those named, and event coders code it.
 */
final class Unasserted {
    private static final Set<String> INVERTED = EventWords.get("question-auxiliaries");

    private final Clause c;

    Unasserted(Clause c) {
        this.c = c;
    }

    /** A sentence that ends in "?" and opens on an auxiliary: "Will Russia attack ...?", "Did the army ...?". */
    boolean yesNoQuestion() {
        int last = c.size() - 1;
        while (last > 0 && isQuote(last)) last--;
        if (last < 0 || !c.lower(last).equals("?")) return false;
        int first = 0;
        while (first < last && (isQuote(first) || c.pos(first).equals("CC"))) first++;
        return INVERTED.contains(c.lower(first)) && c.relIs(first, "aux", "aux:pass", "cop");
    }

    private boolean isQuote(int i) {
        String p = c.pos(i);
        return p.equals("''") || p.equals("``") || p.equals("-RRB-") || p.equals("-LRB-");
    }
}
