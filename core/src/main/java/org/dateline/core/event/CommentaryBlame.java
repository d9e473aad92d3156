package org.dateline.core.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dateline.core.language.Sentence;
import org.dateline.core.language.Token;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;

/**
 * A paper's commentary as its own blame: "X's policy is a treacherous one, warns Rodong Sinmun Sunday in
 * a bylined article", "Minju Joson in a commentary Tuesday says the words are indicative of Japan's past crimes",
 * "Rodong Sinmun Wednesday says this in a bylined article" (after a sentence of blame), "Minju Joson dismisses this as
 * a cheap burlesque". A paper or broadcaster (sector MED) that speaks in a commentary or article of its own (an "in"
 * phrase with an utterance noun), or dismisses something ({@code commentary-dismissal-verbs}), accuses the foreign
 * party its words name (CAMEO 111, ACCUSE) when they hold a word of blame ({@code commentary-blame-words} or a
 * predicate of blame of triggers.tsv); "says this" takes the words and the party of the passage before (the sentences
 * of its paragraph), "dismisses this as ..." its party. A paper
 * reporting a thing with no blame ("says in an article that the harvest was good") accuses no one, and so does a
 * paper whose words name no party outside its own country. Dated on the day the text gives the paper.
 *
 * <p>Not read where the clause coder found an event in the verb's own words ({@link Publishers#toldAlready}). A part
 * of {@link EventCoder}.
 */
final class CommentaryBlame {
    private static final Set<String> VOICES = EventWords.get("commentary-voice-verbs");
    private static final Set<String> DISMISSING = EventWords.get("commentary-dismissal-verbs");
    private static final Set<String> BLAME = EventWords.get("commentary-blame-words");
    private static final Set<String> EPITHETS = EventWords.get("epithet-nouns");
    private static final Set<String> UTTERANCES = EventWords.get("utterance-nouns");
    private static final Set<String> THIS = EventWords.get("commentary-anaphors");

    private CommentaryBlame() {}

    /** Whether a sentence may tell a paper's blame: a verb of its voice and an "in a commentary" or a dismissal. */
    static boolean mayHold(List<Token> tokens) {
        boolean voice = false;
        boolean dismissal = false;
        for (Token t : tokens) {
            String lemma = TriggerLexicon.lemma(t);
            if (!t.pos().startsWith("VB")) continue;
            if (VOICES.contains(lemma)) voice = true;
            if (DISMISSING.contains(lemma)) dismissal = true;
        }
        return dismissal || voice && DocumentVoices.mayNameIn(tokens) || OwnVoice.mayDeclare(tokens);
    }

    /**
     * The papers that speak in a commentary or article of their own in the clause, blame or not ("Rodong Sinmun
     * Tuesday says in a bylined commentary in this regard:", "Minju Joson carries a by-lined commentary"): one draft
     * of an ACCUSE with no one accused for each, dated as the clause tells. {@link OwnVoice} reads the piece they
     * open for the parties blamed.
     */
    static List<Draft> speakers(Clause c, ArticleContext ctx, List<TimeExpression> timexes) {
        Map<Draft, Set<Integer>> anchorsOf = new LinkedHashMap<>();
        ParticipantFinder parts = null;
        for (int v = 0; v < c.size(); v++) {
            boolean declares = OwnVoice.declares(c, v);
            if (!c.pos(v).startsWith("VB") || !declares && !VOICES.contains(c.lemma(v))) continue;
            int paper = paperOf(c, v);
            if (paper < 0 || !declares && !inDocument(c, v, paper)) continue;
            if (parts == null) parts = new ParticipantFinder(c, ctx);
            List<Participant> voice = Publishers.of(parts, c, paper).stream().filter(p -> "MED".equals(p.sector())).toList();
            if (voice.isEmpty()) continue;
            anchorsOf.put(spoken(c, v, paper, voice), Set.of(v));
        }
        return ClauseDates.dated(c, ctx, timexes, anchorsOf);
    }

    /** The draft of the paper's commentary told at verb v, from its name on ("Minju Joson Tuesday dismisses"). */
    private static Draft spoken(Clause c, int v, int paper, List<Participant> voice) {
        Draft d = Draft.at(c, v, EventType.ACCUSE, "111");
        int first = c.subtree(paper).get(0);
        if (first < v) d.start = c.tokens.get(first).start();
        Participants.addAll(d.actors, voice);
        d.confidence = 0.5;
        d.distinct = true; // each commentary is an act of its own
        return d;
    }

    /** The paper's accusations the clause tells, one for each verb of its voice with a paper, blame and a party. */
    static List<Draft> of(Clause c, ArticleContext ctx, TriggerLexicon lex, List<TimeExpression> timexes,
                          List<Draft> coded) {
        Map<Draft, Set<Integer>> anchorsOf = new LinkedHashMap<>();
        ParticipantFinder parts = null;
        for (int v = 0; v < c.size(); v++) {
            if (!c.pos(v).startsWith("VB") || !(VOICES.contains(c.lemma(v)) || DISMISSING.contains(c.lemma(v)))) continue;
            int paper = paperOf(c, v);
            if (paper < 0 || !DISMISSING.contains(c.lemma(v)) && !inDocument(c, v, paper)) continue;
            if (Publishers.toldAlready(c, c.subtree(v), coded)) continue; // "says that X violated the accord"
            if (parts == null) parts = new ParticipantFinder(c, ctx);
            List<Participant> voice = Publishers.of(parts, c, paper).stream().filter(p -> "MED".equals(p.sector())).toList();
            if (voice.isEmpty()) continue;
            // "says this", "dismisses this as ...": the words and the party of the passage before
            List<Sentence> passage = refersBack(c, v) ? ctx.passageBefore : List.of();
            Set<Integer> paperWords = new HashSet<>(c.subtree(paper));
            boolean blames = blames(c, paperWords, lex) // a dismissal's label, or words the paper's own sentence holds
                    || !DISMISSING.contains(c.lemma(v)) && passage.stream().anyMatch(b -> blames(b.tokens(), lex));
            if (!blames) continue;
            Participant accused = accused(c, paperWords, passage, ctx, voice.get(0).country());
            if (accused == null) continue;
            Draft d = spoken(c, v, paper, voice);
            d.recipients.add(accused);
            anchorsOf.put(d, Set.of(v));
        }
        return ClauseDates.dated(c, ctx, timexes, anchorsOf);
    }

    /**
     * The paper that speaks: the verb's subject, or after the words it tells ("X is treacherous, warns the paper Y in
     * an article") the first nominal the parser hangs after the verb, whatever relation it gave it; -1 when none.
     */
    private static int paperOf(Clause c, int v) {
        for (int s : c.childrenExact(v, "nsubj")) return s;
        // the verb hung after the words it tells, or the root with those words as its clause before it
        boolean after = c.head(v) >= 0 && c.head(v) < v || c.head(v) < 0 && c.childrenExact(v, "ccomp").stream().anyMatch(k -> k < v);
        if (!after) return -1;
        for (int k : c.children(v, "iobj", "obj", "dep", "appos")) if (k > v && c.pos(k).startsWith("NN")) return k;
        // "warns Rodong Sinmun Sunday in ...": the parser may make the day the head and the paper's name its compound
        for (int k : c.childrenExact(v, "obl:tmod")) {
            if (k < v) continue;
            int name = -1;
            for (int n : c.childrenExact(k, "compound")) if (c.pos(n).startsWith("NNP")) name = n;
            if (name >= 0) return name;
        }
        return -1;
    }

    /** "says in a bylined commentary", "in a commentary Tuesday says": the verb or its subject has the "in" document. */
    private static boolean inDocument(Clause c, int v, int paper) {
        for (int k : c.children(v, "obl")) if (DocumentVoices.voicedIn(c, k)) return true;
        return c.children(paper, "nmod").stream().anyMatch(k -> UTTERANCES.contains(c.lemma(k)) && c.caseOf(k).equals("in"));
    }

    /**
     * "says this in a bylined article", "dismisses this as ...": the words are those of the passage before, the
     * sentences of its paragraph ({@link ArticleContext#passageBefore}).
     */
    private static boolean refersBack(Clause c, int v) {
        for (int o : c.children(v, "obj")) if (THIS.contains(c.lower(o))) return true;
        return false;
    }

    private static boolean blames(List<Token> tokens, TriggerLexicon lex) {
        for (Token t : tokens) if (isBlame(TriggerLexicon.lemma(t), t.word().toLowerCase(Locale.ROOT), lex)) return true;
        return false;
    }

    private static boolean blames(Clause c, Set<Integer> paperWords, TriggerLexicon lex) {
        for (int i = 0; i < c.size(); i++) if (!paperWords.contains(i) && isBlame(c.lemma(i), c.lower(i), lex)) return true;
        return false;
    }

    private static boolean isBlame(String lemma, String word, TriggerLexicon lex) {
        return BLAME.contains(lemma) || BLAME.contains(word) || EPITHETS.contains(lemma)
                || lex.culpability(word) != null || lex.culpability(lemma) != null;
    }

    /**
     * The party the words blame: the first named body, state or person outside the paper's country, in the clause
     * (the paper's own words excepted) or, for "says this", in the passage before, its nearest sentence first ("X
     * hurt the dignity of Y. This was a hideous provocation to Y.": X, though the sentence before names only Y).
     */
    private static Participant accused(Clause c, Set<Integer> paperWords, List<Sentence> passage, ArticleContext ctx, String home) {
        List<Entity> named = new ArrayList<>();
        for (Sentence before : passage) named.addAll(before.mentions());
        Set<Entity> bodies = new HashSet<>();
        for (int i = 0; i < c.size(); i++) {
            if (paperWords.contains(i)) continue;
            for (Entity e : c.entitiesAt(i)) {
                if (!named.contains(e)) named.add(e);
                if (e.type() == EntityType.NATIONALITY && placesActorNoun(c, i)) bodies.add(e);
            }
        }
        for (Entity e : named) {
            // "the south Korean paper": a word of the phrase; "the south Korean authorities": a state's body
            if (e.type() == EntityType.NATIONALITY && !bodies.contains(e)) continue;
            Participant p = ctx.participant(e);
            if (p.country() != null && !p.country().equals(home)) return p;
        }
        return null;
    }

    /**
     * Whether nationality word i places an actor noun it modifies ("the Japanese authorities", "the south Korean
     * puppet army"): the noun is a body of that state, as a named one would be, and may be the one blamed.
     */
    private static boolean placesActorNoun(Clause c, int i) {
        int h = c.head(i);
        return h > i && c.relIs(i, "amod", "compound") && CommonNounActors.sectorOf(c.lemma(h)) != null;
    }
}
