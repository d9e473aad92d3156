package org.dateline.core.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Predicate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;

/**
 * CoreNLP's Spanish models (the {@code models-spanish} jar): tokenizer, multi-word splitter ("del" = "de el"), UD
 * tagger and the UD_Spanish dependency parser, for the Spanish stories of a wire service (KCNA has a Spanish service
 * in the same formulas as its English one).
 *
 * <p>Built on the first Spanish document and never before: the models take seconds and a few hundred MB to load,
 * which a run over English documents must not pay ({@link #loaded()} tells whether they were). One instance serves
 * every thread, like {@link NlpModels}. No NER: the event coder's actors come from country names, demonyms and
 * the gazetteer's people, which are written the same in both languages. The tagger gives no Spanish lemmas (it lower-cases
 * the word), so the coder's lexicon lists the inflected forms of its verbs, made by rule from the infinitive.
 */
public final class SpanishModels {
    private static volatile SpanishModels shared;

    private final StanfordCoreNLP pipeline;
    /** Tokenizer and sentence splitter alone: what decides which sentences are worth the tagger and the parser. */
    private final StanfordCoreNLP splitter;

    /** One sentence tagged and parsed: tokens (lemma = the word in lower case) and its UD arcs. */
    public record Parsed(Sentence sentence, DependencyParse parse) {}

    private SpanishModels() {
        this.pipeline = new StanfordCoreNLP(properties());
        Properties split = properties();
        split.setProperty("annotators", "tokenize,ssplit");
        this.splitter = new StanfordCoreNLP(split);
    }

    /** The shared instance, loading the models on first call. */
    public static SpanishModels shared() {
        SpanishModels m = shared;
        if (m == null) {
            synchronized (SpanishModels.class) {
                if (shared == null) shared = new SpanishModels();
                m = shared;
            }
        }
        return m;
    }

    /** Whether the Spanish models were loaded in this process (an English-only run never loads them). */
    public static boolean loaded() { return shared != null; }

    private static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,mwt,pos,depparse");
        p.setProperty("tokenize.language", "es");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("mwt.mappingFile", "edu/stanford/nlp/models/mwt/spanish/spanish-mwt.tsv");
        p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/spanish-ud.tagger");
        p.setProperty("pos.maxlen", Integer.toString(NlpModels.MAX_SENTENCE_TOKENS));
        p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/UD_Spanish.gz");
        p.setProperty("depparse.language", "spanish");
        p.setProperty("depparse.maxlen", Integer.toString(NlpModels.MAX_SENTENCE_TOKENS));
        return p;
    }

    /**
     * One Spanish parse at a time, across threads. CoreNLP's dependency parser names each arc label it has not met by
     * building a GrammaticalRelation, whose constructor adds it to its parent's list of children, a static ArrayList
     * shared by every parser: English labels are all known in advance, Spanish (generic UD) ones are made on first
     * use, so two Spanish stories parsed at once by an ingest's workers can corrupt that list (seen: an
     * ArrayIndexOutOfBoundsException in ArrayList.add, the story stored unannotated). Spanish stories are rare, so
     * waiting costs nothing measurable.
     */
    private static final Object PARSING = new Object();

    /**
     * Tags and parses only the sentences of a Spanish text whose words (as written) the predicate deems worth it, as
     * the English event stage parses only sentences with a possible trigger: tagging and parsing are the cost, and
     * most sentences of a story hold no event word. Each parsed sentence keeps its index in the text and its offsets
     * in it (with its arcs, none for an over-long sentence); the others are left out.
     */
    public List<Parsed> parse(String text, Predicate<List<String>> worthParsing) {
        Annotation split = new Annotation(text);
        splitter.annotate(split);
        List<Parsed> out = new ArrayList<>();
        int index = 0, tokenIndex = 0;
        for (CoreMap s : split.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            int sentenceIndex = index++;
            if (labels.isEmpty() || !worthParsing.test(labels.stream().map(CoreLabel::word).toList())) continue;
            int begin = labels.get(0).beginPosition(), end = labels.get(labels.size() - 1).endPosition();
            Annotation doc = new Annotation(text.substring(begin, end));
            synchronized (PARSING) {
                pipeline.annotate(doc);
            }
            for (CoreMap parsed : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<Token> tokens = new ArrayList<>();
                for (CoreLabel l : parsed.get(CoreAnnotations.TokensAnnotation.class)) {
                    String word = l.word();
                    tokens.add(new Token(tokenIndex++, begin + l.beginPosition(), begin + l.endPosition(), word,
                            word.toLowerCase(Locale.ROOT), l.tag() == null ? "X" : l.tag(), "O"));
                }
                if (tokens.isEmpty()) continue;
                Sentence sentence = new Sentence(sentenceIndex, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens, List.of());
                out.add(new Parsed(sentence, new DependencyParse(sentence, arcs(parsed))));
            }
        }
        return out;
    }

    /** The sentence's basic UD arcs as positions in its token list (CoreNLP counts from 1). */
    private static List<DependencyParse.Arc> arcs(CoreMap s) {
        SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        List<DependencyParse.Arc> arcs = new ArrayList<>();
        if (g == null) return arcs;
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            arcs.add(new DependencyParse.Arc(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
        }
        for (IndexedWord root : g.getRoots()) arcs.add(new DependencyParse.Arc(-1, root.index() - 1, "root"));
        arcs.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
        return arcs;
    }
}
