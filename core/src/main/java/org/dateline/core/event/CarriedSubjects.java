package org.dateline.core.event;

import java.util.List;
import java.util.Set;

import org.dateline.core.language.Token;
import org.dateline.model.EntityType;
import org.dateline.model.Participant;

/**
 * A subject carried over from the sentence before: "The representative termed the base a threat. He accused
 * the authorities of ...", "Thousands of Iraqis turned out. They demanded ...", "Mr. Ramaswamy came out swinging. He
 * accused them of ...". The language layer resolves pronouns only to people it names, and the coder remembers the
 * doers of events only, so a sentence that told no event (a remark, a turnout) left its subject unknown and the
 * pronoun opening the next one named no one. Here a "he", "she" or "they" that is the subject of a sentence's main
 * clause, or of the reporting clause after a quote ("..., they said, urging X to Y"), stands for the main-clause
 * subject of the sentence just before when that subject is a noun agreeing in number: one person (a name or a
 * {@code person-role-nouns} role) for "he" and "she", a plural or a coordination for "they". Further back, or
 * with a pronoun or no noun as that subject, nothing is carried.
 */
final class CarriedSubjects {
    private static final Set<String> SINGULAR = EventWords.get("singular-personal-pronouns");
    private static final Set<String> PERSON_ROLES = EventWords.get("person-role-nouns");
    private static final Set<String> SAYING_VERBS = EventWords.get("saying-verbs");

    /** The last sentence read, and its main clause's subject (-1 for none). */
    private Clause previous;
    private int subject = -1;

    /** Remembers a parsed sentence's main-clause subject, for the sentence after it. */
    void read(Clause c) {
        previous = c;
        subject = -1;
        for (int i = 0; i < c.size(); i++) {
            if (!c.relIs(i, "root")) continue;
            for (int s : c.childrenExact(i, "nsubj")) if (!c.pos(s).startsWith("PRP")) subject = s;
        }
    }

    /** Whether a sentence may need the subject of the one before: it holds a subject pronoun this class carries. */
    static boolean mayNeed(List<Token> tokens) {
        for (Token t : tokens) {
            String w = t.word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("they") || SINGULAR.contains(w)) return true;
        }
        return false;
    }

    /** Whether the sentence just before sentence {@code index} was read. */
    boolean holdsSentenceBefore(int index) { return previous != null && previous.sentence.index() == index - 1; }

    /** Who the pronoun h of clause c stands for when it carries the subject of the sentence before; else empty. */
    List<Participant> of(Clause c, int h, ArticleContext ctx) {
        if (subject < 0 || !holdsSentenceBefore(c.sentence.index()) || !opensMainClause(c, h)) return List.of();
        String w = c.lower(h);
        boolean agrees = w.equals("they") ? plural(previous, subject) : SINGULAR.contains(w) && onePerson(previous, subject);
        if (!agrees) return List.of();
        return new ParticipantFinder(previous, ctx).of(subject);
    }

    /** A subject of the root, or of a verb of saying the root's quote hangs on ("X is Y, they said"). */
    private static boolean opensMainClause(Clause c, int h) {
        if (!c.relIs(h, "nsubj")) return false;
        int v = c.head(h);
        return c.relIs(v, "root") || c.relIs(v, "parataxis", "ccomp") && c.relIs(c.head(v), "root")
                && SAYING_VERBS.contains(c.lemma(v)) && c.head(v) < v;
    }

    private static boolean plural(Clause c, int s) {
        return c.pos(s).equals("NNS") || c.pos(s).equals("NNPS") || !c.childrenExact(s, "conj").isEmpty();
    }

    private static boolean onePerson(Clause c, int s) {
        if (!c.childrenExact(s, "conj").isEmpty()) return false;
        if (c.entitiesAt(s).stream().anyMatch(e -> e.type() == EntityType.PERSON)) return true;
        return c.pos(s).equals("NN") && PERSON_ROLES.contains(c.lemma(s));
    }
}
