package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dateline.model.Participant;

/**
 * Whose an event is when the sentence names it through something owned or received, for {@link ClauseParties}: the
 * owners of an event noun ("his visit", "their meeting"), the one judged for what was said or done ("Kennedy's
 * remarks drew condemnation"), and the giver of what the subject received ("received a message from X"), with the
 * sides swapped so that the giver acts. Kept apart because these rules all turn on possession and receiving, and one
 * of them, the swap, reverses what the other party rules found.
 */
final class OwnersAndGivers {
    private static final Set<String> RECEIVING = EventWords.get("receiving-verbs");

    private final Clause c;
    private final ParticipantFinder parts;
    private final Subjects who;
    private final TriggerGrammar grammar;

    OwnersAndGivers(Clause c, ParticipantFinder parts, Subjects who, TriggerGrammar grammar) {
        this.c = c;
        this.parts = parts;
        this.who = who;
        this.grammar = grammar;
    }

    /**
     * "Kennedy's remarks drew condemnation from X", "the minister's plan faced a backlash from Y": a judgment received
     * by something said or done is a judgment of whoever said or did it, the subject's possessor, when the subject
     * itself names no party. It then takes the subject's place, and the sides are swapped as for "X drew criticism".
     */
    void judgedOwner(Coding e) {
        if (!receivedNoun(e.k) || !e.actors.isEmpty() || e.subject < 0) return;
        for (int p : c.childrenExact(e.subject, "nmod:poss")) Participants.addAll(e.actors, parts.of(p));
    }

    /**
     * A code that is the other side's act on the subject ("X received rice from Y", "X came under fire from Y"):
     * the other side acts, the subject is the one acted on. With one side unnamed ("X received rice") nobody can be
     * said to act, and the clause is no event: false. A noun the subject received names its giver, who acts though
     * the subject is no party ("the decision drew criticism from the EU": the EU criticised).
     */
    boolean swapSides(Coding e, boolean givenNoun) {
        if (e.others.isEmpty() || e.actors.isEmpty() && !givenNoun) return false;
        List<Participant> subjects = new ArrayList<>(e.actors);
        e.actors.clear();
        e.actors.addAll(e.others);
        e.others.clear();
        e.others.addAll(subjects);
        return true;
    }

    /**
     * The owners of an event noun its possessor names. A possessive pronoun on an event noun in an adjunct of a verb
     * ("During his visit to Kenya, the president signed ...", "told the chancellor during their meeting") stands for
     * that verb's subject, and "their" for its object too: the clause says who, where the pronoun alone would point
     * back at whoever the story named last.
     */
    List<Participant> ownersOf(int noun, int possessor) {
        int v = c.head(noun);
        if (!c.pos(possessor).equals("PRP$") || !c.relIs(noun, "obl") || v < 0 || !c.pos(v).startsWith("VB")) {
            return parts.of(possessor);
        }
        List<Participant> out = new ArrayList<>(parts.of(who.subjectOf(v)));
        if (c.lower(possessor).equals("their")) for (int o : c.children(v, "obj", "iobj")) Participants.addAll(out, parts.of(o));
        return out.isEmpty() ? parts.of(possessor) : out;
    }

    /** "received a message of greetings from X": an event noun the subject received is the giver's act. */
    boolean receivedNoun(Cand k) {
        return k.t().noun() && k.light() >= 0
                && (RECEIVING.contains(c.lemma(k.light())) || grammar.arrivedToken(k.i(), k.t()));
    }

    /**
     * "received messages of condolence sent by X", "received a gift presented by X": the agent of a participle on a
     * received noun is its giver; the parser may hang that participle on the verb of receiving instead, after the noun.
     */
    void giversOf(Coding e) {
        if (!receivedNoun(e.k)) return;
        List<Integer> participles = new ArrayList<>(c.children(e.k.i(), "acl"));
        for (int v : c.children(e.k.light(), "dep", "acl")) if (v > e.k.i()) participles.add(v);
        for (int v : participles) {
            if (!c.pos(v).equals("VBN")) continue;
            for (int p : c.children(v, "obl")) if (c.caseOf(p).equals("by")) Participants.addAll(e.others, parts.of(p));
        }
    }
}
