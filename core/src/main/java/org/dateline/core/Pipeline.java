package org.dateline.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.dateline.core.event.ActorDictionary;
import org.dateline.core.event.EventCoder;
import org.dateline.core.event.EventFeatures;
import org.dateline.core.event.EventFilter;
import org.dateline.core.event.EventProposer;
import org.dateline.core.event.PublicAffairs;
import org.dateline.core.event.SpanishEventCoder;
import org.dateline.core.language.Analysis;
import org.dateline.core.language.Gazetteer;
import org.dateline.core.language.LanguageAnalyzer;
import org.dateline.core.quote.QuoteFinder;
import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.DateModifier;
import org.dateline.model.Event;
import org.dateline.model.Quote;
import org.dateline.model.TimeExpression;
import org.dateline.core.read.ArticleReader;
import org.dateline.core.read.draft.ReadPage;
import org.dateline.core.language.NlpModels;
import org.dateline.core.source.UnreadableDocumentException;
import org.dateline.core.source.RawDocument;
import org.dateline.core.time.Anchor;
import org.dateline.core.time.Anchors;
import org.dateline.core.time.Timex;
import org.dateline.core.time.TimexResolver;

/**
 * The per-document pipeline, top to bottom. Every stage is pure: same input, same output, no database, no network,
 * which is what lets the CLI and the Spark job run the very same code.
 *
 * <pre>
 * RawDocument --ArticleReader--> Article           fields, clean body, publication date
 *             --LanguageAnalyzer--> entities, tagged sentences   (CoreNLP fast annotators + rules)
 *             --QuoteFinder--> direct and reported quotes, speakers from the entities
 *             --TimexResolver--> time expressions anchored on the publication date
 *             --EventCoder--> events: who did what to whom, when, where, status   (parses trigger sentences only)
 *                  then its EventProposer: for a sentence a learned model deems to tell an event of a type the rules
 *                  gave it none of, an event of that type (origin "proposer"; nothing without a model)
 *             --EventFilter--> the events a learned model deems likely right, renumbered E1..En
 *             --> Annotated
 * A Spanish article ({@code language} "es") goes instead through the SpanishEventCoder (CoreNLP's Spanish models,
 * loaded on the first Spanish article only) and skips the filter; an article in another language is coded as nothing.
 * </pre>
 *
 * One instance is thread-safe once built and should be shared: it holds the CoreNLP models (about 1 GB), which
 * are loaded on the first call to {@link #annotate}, never by {@link #read}.
 *
 * <p>The event filter is the shipped model ({@link EventFilter#standard}) unless the pipeline is built with another;
 * {@link EventFilter#none} gives the coder's own output, which is what judges judge and the filter's trainer learns
 * from ({@link #annotateForFilter}).
 *
 * <p>The language stages have a budget per document: a body longer than {@value #MAX_ANALYSED_CHARS} characters is
 * not analysed (a 40 MB text ran out of memory after two minutes), and a sentence longer than
 * {@value NlpModels#MAX_SENTENCE_TOKENS} tokens is neither tagged nor parsed (a page without full stops is one
 * sentence, and tagging and parsing grow faster than its length).
 */
public final class Pipeline {
    /** The longest body, in characters, the language stages analyse: thirty times a long feature story. */
    public static final int MAX_ANALYSED_CHARS = 1_000_000;

    private final ArticleReader reader = new ArticleReader();
    private final TimexResolver timexResolver = new TimexResolver();
    private final ActorDictionary actors;
    private final EventFilter filter;
    private final EventProposer proposer;
    private volatile LanguageAnalyzer language;
    private volatile EventCoder events;
    private volatile SpanishEventCoder spanish;

    /** A pipeline coding participants with the gazetteer alone. */
    public Pipeline() { this(ActorDictionary.empty()); }

    /** A pipeline that also codes participants from a user's actor dictionary (PETRARCH .actors). */
    public Pipeline(ActorDictionary actors) { this(actors, EventFilter.standard()); }

    /** A pipeline with this event filter after the coder ({@link EventFilter#none} keeps every coded event). */
    public Pipeline(ActorDictionary actors, EventFilter filter) { this(actors, filter, EventProposer.standard()); }

    /** A pipeline with this event filter and this proposer after the coder's rules ({@link EventProposer#none}: rules alone). */
    public Pipeline(ActorDictionary actors, EventFilter filter, EventProposer proposer) {
        this.actors = actors == null ? ActorDictionary.empty() : actors;
        this.filter = filter == null ? EventFilter.none() : filter;
        this.proposer = proposer == null ? EventProposer.none() : proposer;
    }

    /**
     * The coder's events before the filter, each with the features the filter weighs ({@link EventFeatures}); from
     * {@link #annotateForFilter} one list per event, in the events' order.
     */
    public record FilterInput(Annotated annotated, List<List<String>> features) {}

    /** Reads the page into an article: fields, clean body, publication date. Cheap: no models. */
    public Article read(RawDocument raw) throws UnreadableDocumentException {
        return reader.read(raw);
    }

    /** Reads the page and says what kind of page it is: only articles are stories to code events from. */
    public ReadPage readPage(RawDocument raw) throws UnreadableDocumentException {
        return reader.readPage(raw);
    }

    /** Runs every stage on one document; one too long to analyse is unreadable, with the reason. */
    public Annotated annotate(RawDocument raw) throws UnreadableDocumentException {
        return annotate(readPage(raw));
    }

    /** Runs the stages after reading on a page read; one too long to analyse is unreadable, with the reason. */
    public Annotated annotate(ReadPage page) throws UnreadableDocumentException {
        return annotateJudged(page, false).annotated();
    }

    /**
     * The same, with the judgement whether the page reports public affairs ({@link #annotateJudged(Article, boolean)}),
     * the reader's page type read too: a product page or a forum thread reports none ({@link PublicAffairs#onPage}).
     */
    public Judged annotateJudged(ReadPage page, boolean everyPage) throws UnreadableDocumentException {
        Optional<String> tooLong = tooLongToAnalyse(page.article());
        if (tooLong.isPresent()) throw new UnreadableDocumentException(tooLong.get());
        Judged byText = annotateJudged(page.article(), true);
        PublicAffairs affairs = byText.publicAffairs().onPage(page.pageType());
        if (affairs.reports() || everyPage) return new Judged(byText.annotated(), affairs);
        return new Judged(byText.annotated().withEvents(List.of()), affairs);
    }

    /**
     * Runs the stages after reading on an article already read (e.g. from the store).
     *
     * @throws IllegalArgumentException when the article is too long to analyse (ask {@link #tooLongToAnalyse} first)
     */
    public Annotated annotate(Article article) {
        return annotateJudged(article, false).annotated();
    }

    /**
     * An annotated article and the judgement whether it reports public affairs ({@link PublicAffairs}): a page that
     * does not keeps its entities, time expressions and quotes but gets no events, unless {@code everyPage}.
     */
    public record Judged(Annotated annotated, PublicAffairs publicAffairs) {}

    /**
     * Runs the stages after reading and says whether the page reports public affairs; with {@code everyPage} its
     * events are kept whatever the judgement (the user asked for every page's events). Same contract as
     * {@link #annotate(Article)} otherwise.
     */
    public Judged annotateJudged(Article article, boolean everyPage) {
        // the filter learnt English features: Spanish events pass unfiltered
        boolean filtered = filter.active() && !isSpanish(article);
        Coded coded = coded(article, filtered);
        Annotated a = coded.input().annotated();
        PublicAffairs affairs = coded.publicAffairs();
        List<Event> events = affairs.reports() || everyPage ? a.events() : List.of();
        if (filtered && !events.isEmpty()) events = filter.keep(events, coded.input().features());
        return new Judged(a.withEvents(events), affairs);
    }

    /**
     * Runs the stages on an article and stops before the event filter: every coded event with its features, for the
     * filter's trainer. Same contract as {@link #annotate(Article)} otherwise.
     *
     * <p>It codes a page the public-affairs judgement withholds ({@link PublicAffairs}: a match report, a recipe) as
     * fully as any other, on purpose: the filter also weighs such pages' events when the user asks for every page's
     * ({@code everyPage}), and the shipped model was learnt from all judged pages. Training on reporting pages only
     * would be one line in the trainer but would need the filter retrained to mean anything, and would leave
     * {@code --every-page} to a model that never saw the pages it then weighs.
     */
    public FilterInput annotateForFilter(Article article) { return coded(article, true).input(); }

    /** Every coded event with the filter's features, and whether the page reports public affairs. */
    private record Coded(FilterInput input, PublicAffairs publicAffairs) {}

    /** The stages up to the event coder; the filter's features only when asked (without a filter none is needed). */
    private Coded coded(Article article, boolean withFeatures) {
        tooLongToAnalyse(article).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        if (isSpanish(article)) {
            Annotated a = spanish(article);
            List<List<String>> none = withFeatures ? a.events().stream().map(e -> List.<String>of()).toList() : List.of();
            return new Coded(new FilterInput(a, none), PublicAffairs.unjudged("Spanish: the Spanish coder does not judge pages"));
        }
        if (!article.isEnglish()) {
            return new Coded(new FilterInput(Annotated.of(article), List.of()), PublicAffairs.unjudged("not English: not analysed"));
        }
        Analysis analysis = language().analyze(article);
        List<Quote> quotes = QuoteFinder.find(article.body(), analysis.sentences());
        List<TimeExpression> timexes = timexes(article);
        List<Event> coded = events().code(article, analysis.sentences(), analysis.entities(), timexes);
        List<List<String>> features = withFeatures ? EventFeatures.of(article, analysis.sentences(), timexes, coded) : List.of();
        return new Coded(new FilterInput(new Annotated(article, analysis.entities(), timexes, quotes, coded), features),
                PublicAffairs.of(article, analysis.sentences(), coded));
    }

    /** Whether the article is one the Spanish coder reads (its own models, loaded on the first such article). */
    public static boolean isSpanish(Article article) { return "es".equals(article.language()); }

    /** Whether the stages code events from the article's language: English (or unknown) and Spanish. */
    public static boolean reads(Article article) { return article.isEnglish() || isSpanish(article); }

    /**
     * A Spanish article: its events from {@link SpanishEventCoder} (no entities, quotes nor time expressions: the
     * English stages do not read Spanish, and its events carry their own dates); never through the filter, which
     * learnt English features.
     */
    private Annotated spanish(Article article) {
        SpanishEventCoder coder = spanish;
        if (coder == null) {
            synchronized (this) {
                if (spanish == null) spanish = new SpanishEventCoder(Gazetteer.standard());
                coder = spanish;
            }
        }
        return new Annotated(article, List.of(), List.of(), List.of(), coder.code(article));
    }

    /** Whether this pipeline has coded a Spanish article (and so built its Spanish coder). */
    boolean hasCodedSpanish() { return spanish != null; }

    /** Why the language stages will not analyse {@code article} (its body is too long), or empty when they will. */
    public static Optional<String> tooLongToAnalyse(Article article) {
        int length = article.body().length();
        if (length <= MAX_ANALYSED_CHARS) return Optional.empty();
        return Optional.of(String.format(Locale.ROOT,
                "body of %,d characters is longer than the %,d the language stages analyse", length, MAX_ANALYSED_CHARS));
    }

    /** The language stages alone on an English article: its entities and tagged sentences (nothing parsed). */
    public Analysis analyze(Article article) {
        return article.isEnglish() ? language().analyze(article) : Analysis.empty();
    }

    /** Time expressions of the body; anchor-dependent values stay null when the article has no date. */
    public List<TimeExpression> timexes(Article article) {
        Optional<Anchor> anchor = Anchors.of(article);
        // Without a date, resolve against a placeholder and then drop what depended on it: never the clock.
        Anchor used = anchor.orElse(new Anchor(java.time.LocalDate.of(2000, 1, 1), false, null));
        List<TimeExpression> out = new ArrayList<>();
        for (Timex t : timexResolver.resolve(article.body(), used)) {
            String value = anchor.isEmpty() && t.anchorUsed() ? null : t.value();
            out.add(new TimeExpression(t.text(), t.type(), value, DateModifier.parse(t.mod()), t.start(), t.end()));
        }
        return out;
    }

    /** The event stage, for measurements (sentences parsed). */
    public EventCoder events() {
        EventCoder e = events;
        if (e == null) {
            synchronized (this) {
                if (events == null) {
                    events = new EventCoder(language().models(), org.dateline.core.language.Gazetteer.standard(), actors, proposer);
                }
                e = events;
            }
        }
        return e;
    }

    private LanguageAnalyzer language() {
        LanguageAnalyzer l = language;
        if (l == null) {
            synchronized (this) {
                if (language == null) language = LanguageAnalyzer.standard();
                l = language;
            }
        }
        return l;
    }
}
