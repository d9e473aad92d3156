package org.dateline.core.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;

/**
 * The process's one CoreNLP pipeline, built on first use (loading the models takes seconds and ~1 GB, so never twice).
 *
 * <p>Annotators are chosen for speed: tokenize, ssplit, pos, lemma and the 3-class CRF NER only. The 7- and 4-class
 * models, SUTime, numeric classifiers and fine-grained RegexNER are off: our {@link Gazetteer} covers countries,
 * capitals, nationalities, organisations and roles, and another stage handles time. No constituency parse and no
 * coreference (the neural and statistical ones cost more than everything else together); a dependency parse is
 * available per sentence through {@link #parse(Sentence)} for the few sentences the event coder needs it for.
 *
 * <p>Thread safety: the CoreNLP annotators used here keep no per-call state (CoreNLP's own server shares one pipeline
 * across threads), so one instance serves every thread; all per-article state lives in objects confined to the
 * calling thread.
 */
public final class NlpModels {
    /** The NER model we load: one CRF instead of CoreNLP's default three. */
    public static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    private static final String DEPPARSE_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private final StanfordCoreNLP pipeline;
    private volatile DependencyParser parser;

    private static final class Holder {
        static final NlpModels SHARED = new NlpModels(ourProperties());
    }

    /**
     * The longest sentence, in tokens, that is tagged and parsed: a wire sentence has under 100; a longer "sentence"
     * is a list or a page without full stops, whose tagging and parsing would cost far more than it could give.
     */
    public static final int MAX_SENTENCE_TOKENS = 300;

    public NlpModels(Properties props) {
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** The shared instance, built on first call. */
    public static NlpModels shared() { return Holder.SHARED; }

    /** The configuration measured as the best speed/quality trade-off (see the class comment). */
    public static Properties ourProperties() {
        Properties p = new Properties();
        p.setProperty("pos.maxlen", Integer.toString(MAX_SENTENCE_TOKENS));
        p.setProperty("ner.maxlen", Integer.toString(MAX_SENTENCE_TOKENS));
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", NER_MODEL);
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.docdate.useFixedDate", "");
        p.setProperty("tokenize.language", "en");
        return p;
    }

    /** Tags a text: sentences of tokens (mentions empty; the analyser fills them). */
    public List<Sentence> tag(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<Sentence> out = new ArrayList<>();
        int tokenIndex = 0;
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
                String word = l.originalText() != null ? l.originalText() : l.word();
                String ner = l.ner() == null ? "O" : l.ner();
                Token t = new Token(tokenIndex++, l.beginPosition(), l.endPosition(), word, l.lemma(), l.tag(), ner);
                tokens.add(ModalNouns.repair(t, tokens.isEmpty() ? null : tokens.get(tokens.size() - 1)));
            }
            if (tokens.isEmpty()) continue;
            out.add(new Sentence(out.size(), tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens, List.of()));
        }
        return out;
    }

    /**
     * A UD dependency parse of one sentence, loading the neural parser on first call. Costs a few milliseconds per
     * sentence: call it for sentences that matter (event triggers), not for every sentence.
     */
    public DependencyParse parse(Sentence sentence) {
        List<CoreLabel> words = new ArrayList<>();
        for (Token t : sentence.tokens()) {
            CoreLabel l = new CoreLabel();
            l.setWord(t.word());
            l.setValue(t.word());
            l.setOriginalText(t.word());
            l.setTag(t.pos());
            l.setLemma(t.lemma());
            l.setIndex(words.size() + 1);
            words.add(l);
        }
        GrammaticalStructure gs = dependencyParser().predict(words);
        List<DependencyParse.Arc> arcs = new ArrayList<>();
        for (TypedDependency d : gs.typedDependencies()) {
            arcs.add(new DependencyParse.Arc(d.gov().index() - 1, d.dep().index() - 1, d.reln().toString()));
        }
        arcs.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
        return new DependencyParse(sentence, arcs);
    }

    private DependencyParser dependencyParser() {
        DependencyParser p = parser;
        if (p == null) {
            synchronized (this) {
                if (parser == null) parser = DependencyParser.loadFromModelFile(DEPPARSE_MODEL);
                p = parser;
            }
        }
        return p;
    }
}
