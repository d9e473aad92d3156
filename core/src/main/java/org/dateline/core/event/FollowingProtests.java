package org.dateline.core.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dateline.core.language.Token;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;

/**
 * A protest told as what came after the story's gathering: "It was followed by a rally and demonstration", "The
 * meeting was followed by a march", "Then followed protest demonstrations". The protest noun is the agent of a passive
 * "followed" or the subject told after an inverted "followed", and names no holder of its own: the people who held it
 * are those of the gathering the story has just told ("The union held a ceremony in the square. It was followed by a
 * rally": the union marched), or the doers of its latest protest ("Students held rallies. The rallies were followed
 * by demonstrations"). A PROTEST 141 by them, dated as the sentence dates it. A story that has told of neither names
 * nobody, and nothing is coded; so is a protest to come ("will be followed by a march") or one negated. A part of
 * {@link EventCoder}, read after the clause coder.
 */
final class FollowingProtests {
    private static final Set<String> FOLLOWING = EventWords.get("following-verbs");
    private static final Set<String> PROTESTS = EventWords.get("following-protest-nouns");
    private static final String DEMONSTRATE = "141";

    private FollowingProtests() {}

    /** Whether a sentence may tell one: a form of "follow" and a noun of street protest. */
    static boolean mayHold(List<Token> tokens) {
        boolean following = false;
        boolean protest = false;
        for (Token t : tokens) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (t.pos().startsWith("VB") && FOLLOWING.contains(w)) following = true;
            if (t.pos().startsWith("NN") && PROTESTS.contains(TriggerLexicon.lemma(t))) protest = true;
        }
        return following && protest;
    }

    /** One protest per "followed by" the sentence tells, unless the clause coder coded a protest there already. */
    static List<Draft> of(Clause c, ArticleContext ctx, List<TimeExpression> timexes, List<Draft> told) {
        if (told.stream().anyMatch(d -> d.type == EventType.PROTEST)) return List.of();
        Map<Draft, Set<Integer>> anchorsOf = new LinkedHashMap<>();
        for (int v = 0; v < c.size(); v++) {
            if (!c.pos(v).startsWith("VB") || !FOLLOWING.contains(c.lower(v)) || !done(c, v)) continue;
            int n = protestAfter(c, v);
            if (n < 0) continue;
            List<Participant> holders = holders(ctx);
            if (holders.isEmpty()) continue;
            Draft d = Draft.at(c, n, EventType.PROTEST, DEMONSTRATE);
            d.mode = CameoTable.standard().modeOf(DEMONSTRATE);
            List<Integer> words = new ArrayList<>(c.subtree(n));
            words.add(v);
            d.start = c.tokens.get(words.stream().min(Integer::compare).orElse(n)).start();
            d.end = c.tokens.get(words.stream().max(Integer::compare).orElse(n)).end();
            d.actors.addAll(holders);
            d.confidence = 0.6;
            anchorsOf.put(d, new HashSet<>(words));
            break; // one protest a sentence: "a rally and demonstration" is one march
        }
        return ClauseDates.dated(c, ctx, timexes, anchorsOf);
    }

    /**
     * The protest noun that followed: the "by" agent of a passive "was followed by a rally", or the subject told after
     * an inverted "Then followed protest demonstrations" (a verb with no subject before it); its conjuncts count ("a speech and a
     * rally"). -1 when none names a protest.
     */
    private static int protestAfter(Clause c, int v) {
        List<Integer> heads = new ArrayList<>();
        if (!c.children(v, "aux:pass").isEmpty()) {
            for (int k : c.children(v, "obl")) if (c.caseOf(k).equals("by")) heads.add(k);
        } else if (c.childrenExact(v, "nsubj").stream().noneMatch(s -> s < v)) {
            // the parser reads the inverted subject as the subject after the verb, or as the object of a verb
            // with no subject at all
            for (int s : c.childrenExact(v, "nsubj")) if (s > v) heads.add(s);
            if (c.childrenExact(v, "nsubj").isEmpty()) for (int o : c.children(v, "obj")) if (o > v) heads.add(o);
        }
        for (int h : heads) {
            if (protest(c, h)) return h;
            for (int k : c.childrenExact(h, "conj")) if (protest(c, k)) return k;
        }
        return -1;
    }

    private static boolean protest(Clause c, int k) {
        return c.pos(k).startsWith("NN") && PROTESTS.contains(c.lemma(k));
    }

    /** A past act: no modal ("will be followed by"), no negation. */
    private static boolean done(Clause c, int v) {
        if (!c.pos(v).equals("VBD") && !c.pos(v).equals("VBN")) return false;
        return !c.deniedByNot(v) && !c.hasModal(v);
    }

    /**
     * Who held the protest: the people of the gathering told since the story's latest protest, else that protest's
     * doers.
     */
    private static List<Participant> holders(ArticleContext ctx) {
        List<Participant> gathered = ctx.gatherings.peopleAfter(ctx.lastProtestSentence());
        return gathered.isEmpty() ? ctx.lastProtesters() : gathered;
    }
}
