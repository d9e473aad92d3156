package org.dateline.core.event;

import java.util.Set;

/**
 * One row of {@code triggers.tsv}: a lemma that makes a clause an event.
 *
 * @param lemma  CoreNLP lemma, lower case
 * @param noun   true for an event noun ("talks"), false for a verb ("met")
 * @param cameo  the CAMEO code it gives
 * @param wrap   an intention, request, refusal or threat whose complement event is folded into it
 * @param preps  prepositions one of which must head an oblique ("left for"), or empty
 * @param objs   object lemmas one of which must be present ("opened fire"), or empty
 * @param lights light verbs one of which must govern the noun, or empty for any light verb
 * @param bare   a noun that stands as an event alone ("the summit ended")
 * @param inner  a vague noun that is an event only as what an intention or request is about ("open to resuming
 *               contacts"), never on its own ("boycott all contact")
 * @param swapped the code is the other side's act on the subject, not the subject's (PETRARCH's {@code [:073]}:
 *               "X received rice from Y" is Y's aid to X), so the two sides change places
 * @param armed  an everyday verb ("strike", "hit") that is an attack only when an armed force or a weapon does it
 */
public record Trigger(String lemma, boolean noun, String cameo, boolean wrap, Set<String> preps, Set<String> objs,
                      Set<String> lights, boolean bare, boolean inner, boolean swapped, boolean armed) {

    /** This row with no object bound: its code passed on to a word whose own objects are not the row's. */
    Trigger withoutObjects() {
        return objs.isEmpty() ? this : new Trigger(lemma, noun, cameo, wrap, preps, Set.of(), lights, bare, inner, swapped,
                armed);
    }
}
