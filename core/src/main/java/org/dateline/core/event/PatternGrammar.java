package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches the PETRARCH verb patterns ({@link VerbPatterns}) over one clause's dependency parse: a pattern's object is
 * the verb's object (or, in the passive, its subject: "assets were frozen"), its prepositional phrases are obliques of
 * the verb or modifiers of the object, and a compound's words are the object's own modifiers. The most specific
 * pattern that matches gives the verb its code. An object that is an event noun of its own ("held talks", "sent a
 * message of condolence") leaves the coding to the noun, so one event is not told twice.
 */
final class PatternGrammar {
    private final Clause c;
    private final VerbPatterns patterns;
    private final TriggerLexicon lex;

    PatternGrammar(Clause c, VerbPatterns patterns, TriggerLexicon lex) {
        this.c = c;
        this.patterns = patterns;
        this.lex = lex;
    }

    /** The trigger verb i is by its best-matching pattern, or null when none matches. */
    Trigger match(int v) {
        // "the delegation led by X": who leads a group, not X's act on the group ({@link LeaderAttachment})
        if (LeaderAttachment.namesLeader(c, v)) return null;
        VerbPatterns.Pattern best = null;
        for (VerbPatterns.Pattern p : patterns.patternsOf(c.lemma(v))) {
            if ((best == null || p.weight() > best.weight()) && matches(v, p)) best = p;
        }
        if (best == null) return null;
        return ImportedVerbs.trigger(c.lemma(v), best.cameo(), best.swapped());
    }

    private boolean matches(int v, VerbPatterns.Pattern p) {
        // "imposed an arms embargo on X": an object that is an event noun this verb carries is the one event
        for (int o : c.children(v, "obj")) {
            Trigger n = lex.triggerFor(c.tokens.get(o));
            if (n != null && n.noun() && (n.lights().isEmpty() || n.lights().contains(c.lemma(v)))) return false;
        }
        int obj = -1;
        if (!p.object().isEmpty()) {
            for (int o : c.children(v, "obj", "nsubj:pass")) if (obj < 0 && nounIs(o, p.object())) obj = o;
            // "the hostages held by X": a passive relative clause's noun is its object
            int patient = PassiveRelatives.isOne(c, v) ? PassiveRelatives.patient(c, v) : -1;
            if (obj < 0 && patient >= 0 && nounIs(patient, p.object())) obj = patient;
            if (obj < 0 || lex.triggerFor(c.tokens.get(obj)) != null) return false;
        }
        for (VerbPatterns.Prep q : p.preps()) {
            List<Integer> phrases = new ArrayList<>(c.children(v, "obl"));
            if (obj >= 0) phrases.addAll(c.children(obj, "nmod"));
            if (phrases.stream().noneMatch(k -> c.caseOf(k).equals(q.prep()) && (q.noun().isEmpty() || nounIs(k, q.noun())))) {
                return false;
            }
        }
        return true;
    }

    /** "the assets" is "asset"; "a peace accord" is "{peace &treaty}": the last word the head, the others its modifiers. */
    private boolean nounIs(int n, List<String> words) {
        if (!patterns.wordIs(words.get(words.size() - 1), c.lower(n), c.lemma(n))) return false;
        List<Integer> mods = c.children(n, "compound", "amod", "nummod");
        for (String w : words.subList(0, words.size() - 1)) {
            if (mods.stream().noneMatch(m -> patterns.wordIs(w, c.lower(m), c.lemma(m)))) return false;
        }
        return true;
    }
}
