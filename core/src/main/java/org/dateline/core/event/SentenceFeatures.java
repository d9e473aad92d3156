package org.dateline.core.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dateline.core.language.Sentence;
import org.dateline.core.language.Token;
import org.dateline.model.Entity;

/**
 * The features the learned {@link EventProposer} weighs for one sentence: short strings ({@code "lemma=support"},
 * {@code "first-verb=urge"}, {@code "ner=COUNTRY"}, {@code "position=first"}) from the sentence's tagged tokens and
 * entity mentions alone, so that every sentence of an article can be scored without parsing it (parsing is the
 * coder's cost; only a sentence the model is confident about is parsed). Language only, as the filter's features:
 * the lemmas of common words (nouns, verbs, adjectives), never of names (proper nouns and words inside an entity
 * mention are left out), the types of the entities present, the type of the first one before the first main verb
 * (the likely subject), where the sentence stands in the article, its length and whether it quotes, and (s60) the
 * shape of a speech act ({@link SpeechActShape}: a clause of saying, who speaks, classes of judging words). No
 * source, site or name is ever a feature.
 */
public final class SentenceFeatures {
    /** Verbs that carry tense or voice rather than an act: never the sentence's first main verb. */
    private static final Set<String> AUXILIARIES = EventWords.get("proposer-auxiliary-verbs");

    private SentenceFeatures() {}

    /** The features of one sentence (its {@link Sentence#index} gives its position in the article). */
    public static List<String> of(Sentence s) {
        Set<String> f = new LinkedHashSet<>();
        f.add("position=" + position(s.index()));
        int n = s.tokens().size();
        f.add("length=" + (n < 12 ? "short" : n > 40 ? "long" : "mid"));
        int firstVerb = -1;
        for (Token t : s.tokens()) {
            String lemma = TriggerLexicon.lemma(t);
            if (t.word().equals("\"") || t.pos().equals("``") || t.pos().equals("''")) f.add("quoted");
            if (!lemma.matches("[a-z][a-z-]+") || t.pos().startsWith("NNP") || inMention(s, t)) continue;
            if (t.pos().startsWith("VB")) {
                f.add("verb=" + lemma);
                if (firstVerb < 0 && !AUXILIARIES.contains(lemma)) {
                    firstVerb = t.start();
                    f.add("first-verb=" + lemma);
                    f.add("first-verb-tense=" + t.pos());
                }
            }
            if (t.pos().startsWith("NN") || t.pos().startsWith("VB") || t.pos().startsWith("JJ")) f.add("lemma=" + lemma);
        }
        String subject = "none";
        for (Entity e : s.mentions()) {
            f.add("ner=" + e.type());
            if (e.sector() != null) f.add("sector-named");
            if (subject.equals("none") && firstVerb >= 0 && e.end() <= firstVerb) subject = e.type().name();
        }
        f.add("subject=" + subject);
        f.addAll(SpeechActShape.of(s));
        return new ArrayList<>(f);
    }

    private static String position(int index) {
        if (index == 0) return "first";
        if (index <= 2) return "2-3";
        if (index <= 7) return "4-8";
        return "later";
    }

    private static boolean inMention(Sentence s, Token t) {
        for (Entity e : s.mentions()) if (t.start() >= e.start() && t.end() <= e.end()) return true;
        return false;
    }
}
