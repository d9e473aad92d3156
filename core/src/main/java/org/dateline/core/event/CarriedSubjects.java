package org.dateline.core.event;

import java.util.List;
import java.util.Locale;
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
 * {@code person-role-nouns} role) for "he" and "she", a plural or a coordination for "they". A sentence opening with
 * such a pronoun that agrees passes the subject on to the next ("They issued a resolution. In it they charged X.
 * X is a fact, they said. They demanded Y"); further back, or past a sentence opened by another subject or by a
 * pronoun that does not agree, nothing is carried.
 *
 * <p>"It" carries only a body that speaks: "The Ghana Teachers Union held a congress. It demanded ..." names the
 * union when the sentence before opened with an organisation (a named one, or a {@code organisation-nouns} noun such as
 * "the union") and "it" is the active subject of a verb of saying or demanding ({@code saying-verbs},
 * {@code document-act-verbs}). A state is never taken by default, nor an event or a thing ("The meeting ended. It
 * demanded ..." names no one), and an expletive "it" ("It is necessary that", "It was reported that") is no
 * subject of such a verb, so it carries nothing.
 */
final class CarriedSubjects {
    private static final Set<String> SINGULAR = EventWords.get("singular-personal-pronouns");
    private static final Set<String> PERSON_ROLES = EventWords.get("person-role-nouns");
    private static final Set<String> SAYING_VERBS = EventWords.get("saying-verbs");
    private static final Set<String> DOCUMENT_ACT_VERBS = EventWords.get("document-act-verbs");
    private static final Set<String> ORGANISATION_NOUNS = EventWords.get("organisation-nouns");

    /** The index of the last sentence read. */
    private int lastRead = -1;
    /** The clause holding the subject carried to the sentence after the last one read, and that subject (-1 for none). */
    private Clause previous;
    private int subject = -1;

    /**
     * Remembers a parsed sentence's main-clause subject, for the sentence after it. A sentence whose main clause, or
     * whose reporting clause after a quote, opens with a pronoun standing for the subject carried into it ("They
     * issued a resolution. In it they charged X. X is a fact, they said. They demanded ...") passes that subject on:
     * the pronoun names the same people, so the chain holds as long as each sentence opens with one agreeing with it.
     */
    void read(Clause c) {
        int carriedPronoun = carryingPronoun(c);
        lastRead = c.sentence.index();
        if (carriedPronoun >= 0) return; // previous and subject stay the antecedent the pronoun stands for
        previous = c;
        subject = -1;
        for (int i = 0; i < c.size(); i++) {
            if (!c.relIs(i, "root")) continue;
            for (int s : c.childrenExact(i, "nsubj")) if (!c.pos(s).startsWith("PRP")) subject = s;
        }
    }

    /** A pronoun of clause c that opens its main or reporting clause and stands for the subject carried into c; else -1. */
    private int carryingPronoun(Clause c) {
        if (subject < 0 || !holdsSentenceBefore(c.sentence.index())) return -1;
        for (int h = 0; h < c.size(); h++) {
            if (c.pos(h).startsWith("PRP") && opensMainClause(c, h) && agrees(c, h)) return h;
        }
        return -1;
    }

    private boolean agrees(Clause c, int h) {
        String pronoun = c.lower(h);
        if (pronoun.equals("it")) return speaksOrDemands(c, c.head(h)) && organisation(previous, subject);
        return pronoun.equals("they") ? plural(previous, subject) : SINGULAR.contains(pronoun) && onePerson(previous, subject);
    }

    /** Whether verb v is one of saying or demanding, in the active voice ("It said", "It demanded", "It called on"). */
    private static boolean speaksOrDemands(Clause c, int v) {
        String lemma = c.lemma(v);
        return (SAYING_VERBS.contains(lemma) || DOCUMENT_ACT_VERBS.contains(lemma)) && c.childrenExact(v, "auxpass").isEmpty()
                && c.childrenExact(v, "aux:pass").isEmpty();
    }

    /** Whether a sentence may need the subject of the one before: it holds a subject pronoun this class carries. */
    static boolean mayNeed(List<Token> tokens) {
        for (Token t : tokens) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (w.equals("they") || SINGULAR.contains(w)) return true;
        }
        return !tokens.isEmpty() && tokens.get(0).word().equals("It"); // "It demanded ...": see agrees
    }

    /** Whether the sentence just before sentence {@code index} was read. */
    boolean holdsSentenceBefore(int index) { return lastRead >= 0 && lastRead == index - 1; }

    /** Who the pronoun h of clause c stands for when it carries the subject of the sentence before; else empty. */
    List<Participant> of(Clause c, int h, ArticleContext ctx) {
        if (subject < 0 || !holdsSentenceBefore(c.sentence.index()) || !opensMainClause(c, h)) return List.of();
        if (!agrees(c, h)) return List.of();
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
        return c.pluralNoun(s) || !c.childrenExact(s, "conj").isEmpty();
    }

    /** A body, not a state: a named organisation, or a noun of one ("the union", "the party", "the paper"). */
    private static boolean organisation(Clause c, int s) {
        if (!c.childrenExact(s, "conj").isEmpty() || c.pos(s).endsWith("S")) return false;
        if (c.entitiesAt(s).stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION)) return true;
        return ORGANISATION_NOUNS.contains(c.lemma(s).toLowerCase(Locale.ROOT));
    }

    private static boolean onePerson(Clause c, int s) {
        if (!c.childrenExact(s, "conj").isEmpty()) return false;
        if (c.entitiesAt(s).stream().anyMatch(e -> e.type() == EntityType.PERSON)) return true;
        return c.pos(s).equals("NN") && PERSON_ROLES.contains(c.lemma(s));
    }
}
