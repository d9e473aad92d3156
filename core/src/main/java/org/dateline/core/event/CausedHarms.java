package org.dateline.core.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dateline.core.language.Token;

import org.dateline.model.Entity;
import org.dateline.model.EntityType;

/**
 * A harm told with its cause, the cause a party or a party's deed: "said the danger of war is growing due to the moves
 * of X", "noted that the crisis is attributable to X's policy", "said the talks were brought to collapse owing to X".
 * Told by a verb of saying, it is the speaker's blame of that party (CAMEO 111), though the clause holds no word of
 * blame: a harm laid at someone's door is a charge, as "X is responsible for the crisis" is ({@link
 * ResponsibilityBlame}). The cause is a phrase of cause ({@code cause-cases}: "due to", "owing to", "because of") on
 * the clause's predicate, or the "to" phrase of an adjective of cause ({@code cause-adjectives}: "attributable to");
 * the harm a word of {@code harm-nouns} or an adjective of {@code harm-adjectives} ("a tragic situation") outside the
 * cause phrase. A cause that names no party ("due to the drought"), a good outcome ("a success due to X's efforts"),
 * a forecast ("a crisis could erupt due to X") blames no one. A part of {@link ReportedBlame}.
 */
final class CausedHarms {
    /** CAMEO 111, "criticize or denounce": the blame a harm laid at a party's door gives. */
    static final Trigger BLAME = new Trigger("due", false, "111", false, Set.of(), Set.of(), Set.of(), false,
            false, false, false);
    private static final Set<String> CASES = EventWords.get("cause-cases");
    private static final Set<String> ADJECTIVES = EventWords.get("cause-adjectives");
    private static final Set<String> HARMS = EventWords.get("harm-nouns");
    private static final Set<String> HARM_ADJECTIVES = EventWords.get("harm-adjectives");
    private static final Set<EntityType> PARTIES = Set.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.COUNTRY, EntityType.NATIONALITY, EntityType.GROUP, EntityType.LOCATION);

    private CausedHarms() {}

    /**
     * Whether a sentence holds a phrase of cause ("due to", "owing to", "because of") or an adjective of cause
     * ("attributable") at all: worth parsing for one. The whole phrase, not its first word ("on" of "on account of").
     */
    static boolean mayHold(List<Token> tokens) {
        for (Token t : tokens) if (ADJECTIVES.contains(t.word().toLowerCase(Locale.ROOT))) return true;
        return EventWords.holdsPhrase(tokens, CASES);
    }

    /** Whether reported clause k tells a harm caused by a party: a cause phrase naming one and a harm beside it. */
    static boolean lays(Clause c, int k) {
        if (c.hasModal(k)) return false;
        int cause = causeOf(c, k);
        if (cause < 0 || !namesParty(c, cause)) return false;
        List<Integer> phrase = c.subtree(cause);
        for (int i : c.subtree(k)) {
            if (phrase.contains(i)) continue;
            // "the danger of war", "the talks were brought to collapse", "the talks collapsed"
            boolean word = c.pos(i).startsWith("NN") || c.pos(i).startsWith("VB");
            if (word && (HARMS.contains(c.lemma(i)) || HARMS.contains(c.lower(i)))) return true;
            if (c.pos(i).startsWith("JJ") && HARM_ADJECTIVES.contains(c.lemma(i))) return true;
        }
        return false;
    }

    /**
     * The head of the cause phrase of predicate k, else -1: "due to X" on k or on a complement or adjunct of k ("were
     * brought to collapse due to X"), or the "to" phrase of an adjective of cause ("is attributable to X", "owing to
     * X" parsed as a participle).
     */
    static int causeOf(Clause c, int k) {
        int x = causeOn(c, k);
        for (int a : c.children(k, "xcomp", "advcl", "obl")) {
            if (x >= 0) break;
            x = causeOn(c, a);
            for (int b : c.children(a, "xcomp", "advcl")) if (x < 0) x = causeOn(c, b);
        }
        return x;
    }

    private static int causeOn(Clause c, int k) {
        boolean adjective = ADJECTIVES.contains(c.lemma(k)) || ADJECTIVES.contains(c.lower(k));
        for (int x : c.children(k, "obl", "nmod", "advcl")) {
            String cs = c.caseOf(x);
            if (CASES.contains(cs.replace(' ', '_')) || adjective && cs.equals("to")) return x;
        }
        return -1;
    }

    /**
     * Whether the cause phrase names a party: a person, a body, a state or its people, on its head or in its
     * possessor or "of" phrase ("the moves of X", "X's policy"), or an actor noun ("the government").
     */
    private static boolean namesParty(Clause c, int cause) {
        if (party(c, cause)) return true;
        for (int p : c.children(cause, "nmod:poss", "nmod")) {
            if ((c.relIs(p, "nmod:poss") || c.caseOf(p).equals("of")) && party(c, p)) return true;
        }
        return false;
    }

    /** Whether the core of nominal n (its head, compounds and names) is a party. */
    private static boolean party(Clause c, int n) {
        for (int w : c.subtreeWithout(n, ParticipantFinder.CORE_CUT)) {
            if (CommonNounActors.sectorOf(c.lemma(w)) != null && c.pos(w).startsWith("NN")) return true;
            for (Entity e : c.entitiesAt(w)) if (PARTIES.contains(e.type())) return true;
        }
        return false;
    }
}
