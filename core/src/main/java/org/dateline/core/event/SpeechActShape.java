package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dateline.core.language.Sentence;
import org.dateline.core.language.Token;

/**
 * (s60) The shape of a speech act in a sentence, for the learned {@link EventProposer}'s {@link SentenceFeatures}:
 * praise, blame and demands are mostly told with no word of praising or blaming ("X said that Y's feats are
 * splendid", "The U.S. should drop its policy, the statement said"), by a clause of saying, a judging word and a
 * modal of obligation. From the tagged tokens alone (the features are computed before any parse):
 * <ul>
 *   <li>{@code shape=reported-after}: a verb of saying after a comma near the end ("..., it said", "..., the paper
 *       notes"); {@code shape=said-that}: a verb of saying followed by "that" or by a clause ("X noted the DPRK
 *       has ...");</li>
 *   <li>{@code speaker=document}: a noun of an utterance just before a verb of saying ("the statement said");
 *       {@code speaker=pronoun}: a pronoun just before it ("it said", "he stressed");</li>
 *   <li>{@code class=approving}, {@code class=disapproving}, {@code class=achievement}, {@code class=obligation}: a
 *       word of a class of judging words (word lists in {@code word-lists.txt}), or a modal of obligation;</li>
 *   <li>the classes in a sentence of saying again, joined to the shape ({@code said+approving}): a judging word is
 *       a speech act when someone is said to say it.</li>
 * </ul>
 */
final class SpeechActShape {
    private static final Set<String> SAYING = EventWords.union("reporting-verbs", "proposer-speech-verbs");
    private static final Set<String> UTTERANCES = EventWords.get("utterance-nouns");
    private static final Set<String> APPROVING = EventWords.union("acclaim-words", "praise-label-words",
            "praised-regard-nouns", "proposer-approving-words");
    private static final Set<String> DISAPPROVING = EventWords.union("commentary-blame-words", "own-voice-blame-words",
            "proposer-disapproving-words");
    private static final Set<String> ACHIEVEMENTS = EventWords.get("proposer-achievement-nouns");
    private static final Set<String> OBLIGATION = EventWords.get("obliging-modals");
    /** How near the end a verb of saying after a comma must stand to close the sentence's words. */
    private static final int TAIL = 8;

    private SpeechActShape() {}

    /** The shape and class features of a sentence, in a fixed order. */
    static List<String> of(Sentence s) {
        List<Token> tokens = s.tokens();
        List<String> f = new ArrayList<>();
        boolean said = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (!saying(tokens.get(i))) continue;
            said = true;
            if (i + TAIL >= tokens.size() && commaBefore(tokens, i)) add(f, "shape=reported-after");
            if (i + 1 < tokens.size() && clauseFollows(tokens.get(i + 1))) add(f, "shape=said-that");
            if (i > 0) {
                Token before = tokens.get(i - 1);
                if (UTTERANCES.contains(lower(before))) add(f, "speaker=document");
                if (before.pos().equals("PRP")) add(f, "speaker=pronoun");
            }
        }
        List<String> classes = new ArrayList<>();
        for (Token t : tokens) {
            String w = lower(t), lemma = TriggerLexicon.lemma(t);
            if (APPROVING.contains(w) || APPROVING.contains(lemma)) add(classes, "approving");
            if (DISAPPROVING.contains(w) || DISAPPROVING.contains(lemma)) add(classes, "disapproving");
            if (t.isNoun() && (ACHIEVEMENTS.contains(w) || ACHIEVEMENTS.contains(lemma))) add(classes, "achievement");
            if (t.pos().equals("MD") && OBLIGATION.contains(w)) add(classes, "obligation");
        }
        for (String c : classes) f.add("class=" + c);
        if (said) for (String c : classes) f.add("said+" + c);
        return f;
    }

    private static boolean saying(Token t) { return t.pos().startsWith("VB") && SAYING.contains(TriggerLexicon.lemma(t)); }

    /** A comma among the four tokens before ("..., it said", "..., the commentary notes"). */
    private static boolean commaBefore(List<Token> tokens, int i) {
        for (int j = Math.max(0, i - 4); j < i; j++) if (tokens.get(j).word().equals(",")) return true;
        return false;
    }

    /** "that", or the start of a clause with no "that": a determiner, a proper noun, a pronoun subject. */
    private static boolean clauseFollows(Token next) {
        String p = next.pos();
        return next.word().equalsIgnoreCase("that") || p.equals("DT") || p.startsWith("NNP") || p.equals("PRP")
                || p.equals("PRP$");
    }

    private static String lower(Token t) { return t.word().toLowerCase(Locale.ROOT); }

    private static void add(List<String> f, String s) { if (!f.contains(s)) f.add(s); }
}
