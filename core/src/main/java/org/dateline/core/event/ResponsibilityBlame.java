package org.dateline.core.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dateline.core.language.Token;

/**
 * Responsibility for a harm laid on a party, the commonest accusation of wire copy that uses no word of blame: "said
 * Iraq was responsible for the attack", "officials said the rebels were behind the bombing", "said Israel bore full
 * responsibility for the deaths". Told by a verb of saying (or hung on the quote as an aside), it is the speaker's
 * accusation of the clause's subject, as a predicate of blame is ({@link ReportedBlame}); "held X responsible for the
 * attack" is the subject's accusation of X.
 * <p>
 * Only for a harm ({@code harm-nouns}, or an event noun of attack, coercion or threat of the lexicon): "said the army
 * is responsible for security" is a duty and "said the bank was behind the project" a sponsor. A modal makes it a
 * warning or a forecast ("said Iraq would bear full responsibility for any consequences"), not a charge laid.
 */
final class ResponsibilityBlame {
    /** CAMEO 112, "accuse": the code the charge gives. */
    static final Trigger CHARGE = new Trigger("responsible", false, "112", false, Set.of(), Set.of(), Set.of(), false,
            false, false, false);
    /** Adjectives that lay a harm on their subject with "for" ("responsible", "accountable"). */
    private static final Set<String> ANSWERABLE = EventWords.get("responsibility-adjectives");
    /** Verbs that lay responsibility on their object ("held X responsible for"). */
    private static final Set<String> HOLDING = EventWords.get("responsibility-holding-verbs");
    /** Verbs that take responsibility as their object ("bore responsibility for"). */
    private static final Set<String> BEARING = EventWords.get("responsibility-bearing-verbs");
    /** Nouns of responsibility ("responsibility", "blame"). */
    private static final Set<String> BURDENS = EventWords.get("responsibility-nouns");
    /** Prepositions that put a party at the source of a harm ("behind the plot"). */
    private static final Set<String> SOURCE_CASES = EventWords.get("responsibility-source-cases");
    /** Nouns of harm a party can be blamed for ("the crisis", "the deaths"). */
    private static final Set<String> HARMS = EventWords.get("harm-nouns");
    /** CAMEO roots whose event nouns are harms: threats (13), coercion (17), assaults (18), fighting (19, 20). */
    private static final Set<String> HARM_ROOTS = Set.of("13", "17", "18", "19", "20");

    private final Clause c;
    private final TriggerLexicon lex;

    ResponsibilityBlame(Clause c, TriggerLexicon lex) {
        this.c = c;
        this.lex = lex;
    }

    /** Whether a sentence holds a word of responsibility at all: worth parsing for one. */
    static boolean mayHold(List<Token> tokens) {
        for (Token t : tokens) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (ANSWERABLE.contains(w) || BURDENS.contains(w) || SOURCE_CASES.contains(w)) return true;
        }
        return false;
    }

    /**
     * Whether clause k lays responsibility for a harm on its subject: "X was responsible for the attack" (k the
     * adjective), "X was behind the bombing" (k the harm), "X bore responsibility for the deaths" (k the verb).
     */
    boolean lays(int k) {
        if (c.childrenExact(k, "nsubj").isEmpty() || c.hasModal(k)) return false;
        String lemma = c.lemma(k);
        if (ANSWERABLE.contains(lemma) && c.pos(k).startsWith("JJ")) return harmFor(k);
        if (c.pos(k).startsWith("NN") && SOURCE_CASES.contains(c.caseOf(k))) return isHarm(k);
        if (c.pos(k).startsWith("VB") && BEARING.contains(lemma)) {
            for (int o : c.childrenExact(k, "obj")) if (BURDENS.contains(c.lemma(o)) && (harmFor(o) || harmFor(k))) return true;
        }
        return false;
    }

    /**
     * The charge a verb of holding lays on its object ("held Peru responsible for the attack"), or null; "will hold
     * the rebels accountable for any attack" warns of what is to come and lays none.
     */
    Trigger holding(int v) {
        if (!c.pos(v).startsWith("VB") || !HOLDING.contains(c.lemma(v))) return null;
        // "will hold X responsible for any attack": a warning of what is to come, not a charge laid
        if (c.hasModal(v)) return null;
        for (int x : c.children(v, "xcomp")) if (ANSWERABLE.contains(c.lemma(x)) && harmFor(x)) return CHARGE;
        return null;
    }

    /** Whether word w has a "for" phrase whose noun is a harm ("responsible for the attack"). */
    private boolean harmFor(int w) {
        for (int x : c.children(w, "obl", "nmod")) if (c.caseOf(x).equals("for") && isHarm(x)) return true;
        return false;
    }

    /** Whether noun n is a harm: a word of {@code harm-nouns}, or an event noun of attack, coercion or threat. */
    private boolean isHarm(int n) {
        if (!c.pos(n).startsWith("NN")) return false;
        if (HARMS.contains(c.lemma(n)) || HARMS.contains(c.lower(n))) return true;
        Trigger t = lex.triggerFor(c.tokens.get(n));
        return t != null && t.cameo().length() >= 2 && HARM_ROOTS.contains(t.cameo().substring(0, 2));
    }
}
