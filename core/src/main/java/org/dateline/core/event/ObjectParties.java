package org.dateline.core.event;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.dateline.model.EventType;

/**
 * The other side of an event as its objects name it, for {@link ClauseParties}: objects and the words standing in
 * for them, a hosting's guests, an event noun's target, and the places its obliques name. Kept apart from the
 * actors because these rules read the trigger's complements, where the actors are read off its subject and possessor.
 */
final class ObjectParties {
    private static final Set<String> GUEST_CASES = EventWords.get("guest-cases");
    private static final Set<String> HONOUR_NOUNS = EventWords.get("honour-nouns");
    /**
     * Types whose event noun names its target by "of" ("the blockade of Cuba", "the arrest of the editor", "X's
     * criticism of Y").
     */
    private static final Set<EventType> OF_TARGETS = EnumSet.of(EventType.ASSAULT, EventType.COERCE,
            EventType.SANCTION, EventType.MOBILIZE, EventType.THREATEN, EventType.ACCUSE);

    private final Clause c;
    private final TriggerLexicon lex;
    private final ParticipantFinder parts;
    private final Recipients recipients;

    ObjectParties(Clause c, TriggerLexicon lex, ParticipantFinder parts, Recipients recipients) {
        this.c = c;
        this.lex = lex;
        this.parts = parts;
        this.recipients = recipients;
    }

    /**
     * The other side of an event that is no visit, and the places it names: the objects (and an object the parser
     * hung elsewhere), the guests of a hosting, the target of an event noun by "of" ("the blockade of Cuba"), whom
     * support is for, and a "with" right after the word.
     */
    void objectsAndPlaces(Coding e) {
        Cand k = e.k;
        for (int p : c.children(k.i(), "obj", "iobj")) Participants.addAll(e.others, recipients.ofObject(p));
        // "meeting X one-on-one": a name the parser hung as an open complement is the object all the same
        if (c.children(k.i(), "obj").isEmpty() && !k.t().noun()) {
            for (int p : c.childrenExact(k.i(), "xcomp")) if (c.pos(p).startsWith("NNP")) Participants.addAll(e.others, parts.of(p));
            for (int p : sharedObjects(k.i())) Participants.addAll(e.others, recipients.ofObject(p));
            for (int p : new GroupLeaders(c).misreadObjects(k.i())) Participants.addAll(e.others, recipients.ofObject(p));
        }
        // "called Joe Biden a liar" parsed as a small clause: the label's own subject is the one named
        if (!k.t().noun() && !k.t().objs().isEmpty()) {
            for (int p : c.children(k.i(), "obj", "xcomp")) for (int s : c.childrenExact(p, "nsubj")) Participants.addAll(e.others, parts.of(s));
        }
        if (CameoCodes.HOST_VISIT.equals(e.code)) guests(e);
        if (k.t().noun() && OF_TARGETS.contains(e.type)) {
            for (int p : c.children(k.i(), "nmod")) if (c.caseOf(p).equals("of")) Participants.addAll(e.others, parts.of(p));
        }
        // "voiced support for Finland", "expressed solidarity with X" is "with" already: whom support is for
        if (k.t().noun() && e.type == EventType.SUPPORT) {
            for (int p : c.children(k.i(), "nmod")) if (c.caseOf(p).equals("for")) Participants.addAll(e.others, parts.of(p));
            // "a statement in support of the stand of the DPRK": whom the stance is for, looked through its stand
            if (c.caseOf(k.i()).equals("in")) {
                for (int p : c.children(k.i(), "nmod")) if (c.caseOf(p).equals("of")) Participants.addAll(e.others, recipients.ofObject(p));
            }
        }
        e.places = new ArrayList<>(recipients.obliques(k.i(), k.light(), e.others));
        e.places.addAll(recipients.objectPlaces(k.i()));
        // "met with X" that the parser hung elsewhere: the "with" right after the word still names X
        int next = k.i() + 1;
        if (next < c.size() && c.lower(next).equals("with") && c.rel(next).equals("case")
                && c.head(c.head(next)) != k.i()) {
            Participants.addAll(e.others, parts.of(c.head(next)));
            e.strayWith = c.head(next);
        }
    }

    /**
     * "gave a banquet for the delegation", "hosted a reception for the visitors", "a banquet in honour of the
     * delegation": the guests of a hosting are named after "for" or "in honour of", on the event noun, its light
     * verb, or the hosting verb's object; a title names its holder's country as an object's does ("in honor of the
     * vice-president of Kenya").
     */
    private void guests(Coding e) {
        List<Integer> heads = new ArrayList<>(e.k.words());
        if (!e.k.t().noun()) heads.addAll(c.children(e.k.i(), "obj"));
        for (int h : heads) {
            for (int p : c.children(h, "obl", "nmod")) {
                if (GUEST_CASES.contains(c.caseOf(p))) Participants.addAll(e.others, recipients.ofObject(p));
                if (!HONOUR_NOUNS.contains(c.lemma(p))) continue;
                for (int g : c.children(p, "nmod")) if (c.caseOf(g).equals("of")) Participants.addAll(e.others, recipients.ofObject(g));
            }
        }
    }

    /**
     * "criticized and threatened the government": two verbs joined right next to each other share the object the
     * parser hangs on the second one only, when the first has none of its own. An object that is an event itself
     * ("met and had talks with X") makes the pair one event, the noun's.
     */
    private List<Integer> sharedObjects(int v) {
        for (int k : c.children(v, "conj")) {
            if (k != v + 2 || !c.relIs(v + 1, "cc") || !c.pos(k).startsWith("VB") || !c.children(v, "obl").isEmpty()) continue;
            List<Integer> objs = c.children(k, "obj");
            if (objs.stream().anyMatch(o -> lex.triggerFor(c.tokens.get(o)) != null)) return List.of();
            return objs;
        }
        return List.of();
    }
}
