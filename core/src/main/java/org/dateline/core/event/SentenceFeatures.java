package org.dateline.core.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.process.Morphology;

import org.dateline.core.language.Sentence;
import org.dateline.core.language.Token;
import org.dateline.model.Entity;
import org.dateline.model.EventType;

/**
 * The features the learned {@link EventProposer} weighs for one sentence: short strings ({@code "lemma=support"},
 * {@code "first-verb=urge"}, {@code "ner=COUNTRY"}, {@code "position=first"}) from the sentence's tagged tokens and
 * entity mentions alone, so that every sentence of an article can be scored without parsing it (parsing is the
 * coder's cost; only a sentence the model is confident about is parsed). Language only, as the filter's features:
 * the lemmas of common words (nouns, verbs, adjectives), never of names (proper nouns and words inside an entity
 * mention are left out), the types of the entities present, the type of the first one before the first main verb
 * (the likely subject), where the sentence stands in the article, its length and whether it quotes. Read in its
 * article ({@link Reader}), a sentence also has what its setting tells: the types the rules gave the sentence before
 * it ({@code "before=REQUEST"}, {@code "before=none"}), whether it stands in a block of someone's words opened by a
 * sentence ending on a verb of saying and a colon ("The message said:", "It reads as follows:"), and the trigger
 * lemma of the article's headline ({@code "headline=condemn"}). No source, site or name is ever a feature.
 */
public final class SentenceFeatures {
    /** Verbs that carry tense or voice rather than an act: never the sentence's first main verb. */
    private static final Set<String> AUXILIARIES = EventWords.get("proposer-auxiliary-verbs");

    private SentenceFeatures() {}

    /**
     * Reads an article's sentences in order, giving each its own features and its setting's: call {@link #next} once
     * for every sentence, first to last.
     */
    public static final class Reader {
        private final String headline;
        private boolean inBlock;

        private Reader(String headline) { this.headline = headline; }

        /**
         * The features of the next sentence, given the types the rules coded in the sentence before it (empty for the
         * first, or for one they gave no event).
         */
        public List<String> next(Sentence s, Set<EventType> codedBefore) {
            List<String> f = of(s);
            if (codedBefore.isEmpty()) f.add("before=none");
            for (EventType t : codedBefore) f.add("before=" + t);
            if (inBlock) f.add("quoted-block");
            if (headline != null) f.add("headline=" + headline);
            if (opensBlock(s.tokens())) inBlock = true;
            return f;
        }
    }

    /** A reader of the sentences of an article with this headline (null or blank: none). */
    public static Reader reader(String headline) { return new Reader(headlineTrigger(headline)); }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final String[] HEADLINE_TAGS = {"VBZ", "VBD", "VBN", "VB", "NNS", "NN"};

    /**
     * The lemma of the first word of a headline the trigger lexicon takes for a trigger, read as a verb first and as
     * a noun after ("Paper Condemns ...": condemn; "Message of Condolence to ...": condolence); null when none is.
     * A headline is not tagged: each word is tried as each part of speech.
     */
    static String headlineTrigger(String headline) {
        if (headline == null || headline.isBlank()) return null;
        TriggerLexicon lexicon = TriggerLexicon.standard();
        Matcher m = WORD.matcher(headline);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            for (String tag : HEADLINE_TAGS) {
                String lemma = Morphology.lemmaStatic(word, tag).toLowerCase(Locale.ROOT);
                if (lexicon.triggerFor(new Token(0, 0, 0, word, lemma, tag, "O")) != null) return lemma;
            }
        }
        return null;
    }

    /** Whether a sentence opens a block of someone's words: it ends on a verb of saying and a colon, or "as follows:". */
    static boolean opensBlock(List<Token> tokens) {
        if (SpeakerBlocks.opens(tokens)) return true;
        int n = tokens.size();
        while (n > 0 && tokens.get(n - 1).word().equals(".")) n--;
        return n >= 3 && tokens.get(n - 1).word().equals(":") && tokens.get(n - 2).word().equalsIgnoreCase("follows")
                && tokens.get(n - 3).word().equalsIgnoreCase("as");
    }

    /** The features of one sentence alone (its {@link Sentence#index} gives its position in the article). */
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
