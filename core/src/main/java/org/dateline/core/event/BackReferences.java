package org.dateline.core.event;

import java.util.List;
import java.util.Set;

import org.dateline.model.Participant;

/**
 * A word that names no one itself and points back to someone the article has told of: a part of a named person's name
 * ("Trump" in "Trump-Kim"), "it" or "they" in what someone reports ("Japan said it had halted": Japan), "I" or "we"
 * in a quotation (the one who speaks) or in a block of a document's own words (its issuer), a pronoun of a clause of
 * time ("X said this when Y called on him": X), the subject carried from the sentence before, a lone "he" or "she"
 * (the lone actor of an event just told), and "they" or a definite group noun ("the two", "the allies": the latest
 * group the story told, else the protesters just told). The step of {@link ParticipantFinder} that reads such words;
 * who the word points back to is read through the finder again ({@link ParticipantFinder#of}), so that a name
 * pointed back to is placed as it is anywhere else.
 */
final class BackReferences {
    private static final Set<String> PLURAL_PRONOUNS = EventWords.get("plural-pronouns");
    private static final Set<String> SINGULAR_PERSONAL = EventWords.get("singular-personal-pronouns");
    private static final Set<String> FIRST_PERSON = EventWords.get("speaker-subject-pronouns");
    private static final Set<String> GROUP_DETERMINERS = EventWords.get("group-determiners");
    private static final Set<String> SAYING_VERBS = EventWords.get("saying-verbs");

    private final Clause c;
    private final ArticleContext ctx;
    private final ParticipantFinder parts;

    BackReferences(Clause c, ArticleContext ctx, ParticipantFinder parts) {
        this.c = c;
        this.ctx = ctx;
        this.parts = parts;
    }

    /**
     * Who the word h points back to, or null when it points back to no one this class knows: a name part of a person
     * the article named, "it" or "they" for whoever reported, a lone "he" or "she" opening the main clause, "they" or
     * a definite group noun for the latest group. An empty list decides too (a group the story never told).
     */
    List<Participant> of(int h) {
        String w = c.lower(h);
        if (c.pos(h).startsWith("NNP")) {
            Participant p = ctx.personByNamePart(c.tokens.get(h).word());
            if (p != null) return List.of(p);
        }
        if ((w.equals("it") || w.equals("they")) && reportedBy(c, h) >= 0) return parts.of(reportedBy(c, h));
        // '"I condemn X," the senator said', '"We denounce X," the minister said': the one who speaks
        // ... when the pronoun's verb asserts a deed of its own: not a plan ("we're going to protect"), a condition ("if
        // we are to"), a modal or a relative clause ("something we are imposing")
        if (FIRST_PERSON.contains(w) && c.relIs(h, "nsubj") && assertedDeed(c.head(h)) && reportedBy(c, h) >= 0) {
            return parts.of(reportedBy(c, h));
        }
        // "The statement said:" ... "We strongly denounce X": in a block of a document's own words, its issuer; not
        // in a sentence with a verb of saying of its own ('"I applaud X," Senator Y said'), whose speaker it is
        if (FIRST_PERSON.contains(w) && c.relIs(h, "nsubj") && assertedDeed(c.head(h)) && !ctx.blockVoice.isEmpty()
                && !saysItself()) return ctx.blockVoice;
        int host = AdverbialPronouns.antecedent(c, h); // "X said this when Y called on him": X
        if (host >= 0) return parts.of(host);
        // "The representative spoke. He accused ...": the subject of the sentence just before, told no event
        List<Participant> carried = ctx.carriedSubjects.of(c, h, ctx);
        if (!carried.isEmpty()) return carried;
        // "The Cuban envoy denounced the blockade. ... He urged the U.S. to lift it": a "he" or "she" the language
        // layer left unresolved (it resolves them only to people named) is the lone actor the story last told of, when
        // it opens the sentence's main clause ("saying that he would ..." may tell of anyone)
        if (SINGULAR_PERSONAL.contains(w) && c.relIs(h, "nsubj") && c.relIs(c.head(h), "root")) {
            List<Participant> lone = ctx.lastLoneActor(c.sentence.index());
            if (!lone.isEmpty()) return lone;
        }
        if (c.pos(h).startsWith("PRP") || PLURAL_PRONOUNS.contains(w)) {
            // "they", "the allies", "the three" (a numeral standing for the group)
            // a bare plural ("to meet envoys from Pyongyang") is indefinite: it points back at no group
            boolean definite = c.children(h, "det", "nmod:poss").stream()
                    .anyMatch(d -> GROUP_DETERMINERS.contains(c.lower(d)));
            if (w.equals("they") || w.equals("them") || w.equals("their") && c.relIs(h, "nmod:poss") || (c.pos(h).startsWith("NN") || c.pos(h).equals("CD")) && definite) {
                List<Participant> group = ctx.lastGroup();
                // "Students held a rally ... They demanded the authorities resign": with no group of two
                // told, a "they" opening the main clause is the protesters the story has just told of
                if (group.isEmpty() && w.equals("they") && c.relIs(h, "nsubj") && c.relIs(c.head(h), "root")) {
                    return ctx.protestersJustTold(c.sentence.index());
                }
                return group;
            }
        }
        return null;
    }

    /** Whether verb v is a main or reported clause's own deed: no mark, no modal, no infinitive wrapped without an object. */
    private boolean assertedDeed(int v) {
        if (PerformedWishes.performs(c, v)) return true; // "I would like to thank X": the speaker thanks
        return v >= 0 && c.pos(v).startsWith("VB") && c.relIs(v, "root", "ccomp", "parataxis", "conj")
                && c.children(v, "mark").isEmpty() && !c.hasModal(v)
                && (c.children(v, "xcomp").isEmpty() || !c.children(v, "obj").isEmpty()); // "ask X to", not "going to"
    }

    /** Whether the sentence holds a verb of saying of its own: its words are then not a quoted block's. */
    private boolean saysItself() {
        for (int v = 0; v < c.size(); v++) if (c.pos(v).startsWith("VB") && SAYING_VERBS.contains(c.lemma(v))) return true;
        return false;
    }

    /** The subject of the reporting verb whose clause holds token h ("Japan said it had halted"), or -1. */
    static int reportedBy(Clause c, int h) {
        for (int n = c.head(h), guard = 0; n >= 0 && guard < 8; n = c.head(n), guard++) {
            if (c.relIs(n, "ccomp") && SAYING_VERBS.contains(c.lemma(c.head(n)))) {
                for (int s : c.childrenExact(c.head(n), "nsubj")) if (s != h && !c.pos(s).startsWith("PRP")) return s;
                return -1;
            }
        }
        return -1;
    }
}
