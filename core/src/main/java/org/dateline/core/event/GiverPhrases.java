package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dateline.model.Participant;

/**
 * The giver of a thing sent, named in a phrase of the thing when the sentence tells it in the passive: "A congratulatory
 * message from X was read out at the meeting", "A wreath in the name of X was placed before the monument", "A floral
 * basket was conveyed in the joint name of X and Y", and the inverted passive of tributes, "Laid before the statue were
 * wreaths in the name of X", "Introduced at the festival were solidarity messages from X", "Seen beside the bier was a
 * wreath from X". A thing sent is its sender's act (CODING.md section 3: the sender of a message, the giver of a
 * wreath or a gift), and the "from" or "in the name of" phrase names that sender where the passive has no "by" agent.
 *
 * <p>The things sent are the lexicon's event nouns whose light verbs include sending (message, greeting, wreath,
 * floral basket, gift: triggers.tsv). Such a noun with no giver named ("a wreath bought in a shop was placed on the
 * door") stays as the clause coder leaves it; "in the name of" a cause or a people names no party and gives no one.
 * Used by {@link TriggerGrammar} (the inverted passive as the noun's light verb) and {@link ClauseParties} (the giver).
 */
final class GiverPhrases {
    /** Participles that put a thing on show with no act of their own: "Seen beside the bier was a wreath". */
    private static final Set<String> PRESENTING = EventWords.get("inverted-presenting-participles");
    private static final Set<String> NAME_NOUNS = EventWords.get("giver-name-nouns");
    private static final Set<String> RELAYING = EventWords.get("relaying-verbs");
    private static final String SENDING = "send";

    private GiverPhrases() {}

    /** Whether the row is of a thing sent: a noun whose light verbs include sending. */
    static boolean sent(Trigger t) {
        return t.noun() && t.lights().contains(SENDING);
    }

    /**
     * The givers of the thing sent that k codes, to stand for its actors: where its clause names no actor, or where the
     * light verb only passes the thing on ({@code relaying-verbs}: "X read out a message from Y", "conveyed a basket in
     * the name of Y"). Empty when k is no thing sent, or its clause names no giver or has an actor of its own.
     */
    static List<Participant> giversOf(Clause c, Cand k, List<Participant> actors, ParticipantFinder parts) {
        if (!sent(k.t()) || !actors.isEmpty() && (k.light() < 0 || !RELAYING.contains(c.lemma(k.light())))) return List.of();
        List<Participant> out = new ArrayList<>();
        for (int p : givers(c, k.i(), k.light(), k.t())) Participants.addAll(out, parts.of(p));
        return out;
    }

    /**
     * "Laid before the statue were wreaths in the name of X", "Introduced at the festival were messages from X": the
     * parser reads the thing as a predicate ("were wreaths") and the fronted participle as the head of an adverbial
     * clause or as its subject. The participle is the thing's light verb when it is one of the row's light verbs or a
     * participle of showing, and the thing names its giver. The candidate, with the participle for light verb when it
     * heads the thing, and none when the parser made it the thing's subject (the thing then heads the sentence, and its
     * words are the event's); null when noun i is no such thing.
     */
    static Cand inverted(Clause c, int i, Trigger t) {
        if (!sent(t) || givers(c, i, -1, t).isEmpty()) return null;
        int h = c.head(i);
        // "Also laid there were wreaths ...": the participle hangs on an existential "were" beside the thing
        if (c.relIs(i, "nsubj") && h >= 0 && !c.children(h, "expl").isEmpty()) {
            for (int v : c.children(h, "dep")) if (fronted(c, v, i, t)) return new Cand(i, t, -1);
        }
        if (c.children(i, "cop").isEmpty()) return null;
        // "Seen standing before the statue was a basket": the thing may hang on the participle's own dependent
        int above = h >= 0 && c.relIs(h, "dep") && !fronted(c, h, i, t) ? c.head(h) : h;
        if (c.relIs(i, "advcl") && fronted(c, above, i, t)) return new Cand(i, t, above);
        for (int v : c.childrenExact(i, "nsubj")) if (fronted(c, v, i, t)) return new Cand(i, t, -1);
        return null;
    }

    private static boolean fronted(Clause c, int v, int i, Trigger t) {
        return v >= 0 && v < i && c.pos(v).startsWith("VB") && (t.lights().contains(c.lemma(v)) || PRESENTING.contains(c.lemma(v)));
    }

    /**
     * The phrases that name the giver of thing {@code noun}: its "from" phrase, the "by" agent of a participle of one of
     * its light verbs ("a wreath sent by X", "a basket presented by X"), and the "of" phrase of an "in the name of" (or
     * "in the joint name of") phrase of the thing or of its light verb {@code light} (-1 for none).
     */
    static List<Integer> givers(Clause c, int noun, int light, Trigger t) {
        List<Integer> out = new ArrayList<>();
        for (int v : c.children(noun, "acl", "amod")) {
            if (!c.pos(v).equals("VBN") || !t.lights().contains(c.lemma(v))) continue;
            for (int p : c.children(v, "obl")) if (c.caseOf(p).equals("by")) out.add(p);
        }
        for (int k : c.children(noun, "nmod", "obl")) {
            if (c.caseOf(k).equals("from")) out.add(k);
            inTheNameOf(c, k, out);
        }
        if (light >= 0) for (int k : c.children(light, "obl")) inTheNameOf(c, k, out);
        return out;
    }

    private static void inTheNameOf(Clause c, int k, List<Integer> out) {
        if (!c.caseOf(k).equals("in") || !NAME_NOUNS.contains(c.lemma(k))) return;
        for (int o : c.children(k, "nmod")) if (c.caseOf(o).equals("of")) out.add(o);
    }
}
