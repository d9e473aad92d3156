package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.dateline.core.language.Sentence;
import org.dateline.core.read.draft.PageType;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.EventType;

/**
 * Whether a page reports public affairs: states, governments, armies, parties, courts, the police, international
 * bodies, armed groups, protesters acting. PLOVER codes their acts and nothing else; a game review, a match report, a
 * recipe, a celebrity item, a product guide or a company's blurb holds verbs of force, help and blame ("slammed the
 * battery", "attacked the net", "supports the development of") that tell no such act, and the coder's events there
 * are wrong almost to the last. The page is judged as a whole, from what the pipeline found on it, never its site:
 *
 * <ul>
 *   <li>wire copy (a dateline credited to an agency, {@link PageFamily#WIRE}) reports public affairs;</li>
 *   <li>a text of fewer than {@value #MIN_SENTENCES} sentences is too short to judge by shares and is taken to;</li>
 *   <li>so does a page with at least {@value #MIN_PUBLIC_EVENTS} coded events of public life ({@link #publicEvent}:
 *       a party of {@code public-party-sectors} or an international body, a union, a protest, an arrest, and on a
 *       page not about sport or leisure a named civic body or its officer, {@link CivicBodies}) whose
 *       sentences name a public party in at least {@value #MIN_PUBLIC_SHARE_WITH_EVENTS} of them (a column of 500
 *       sentences with two stray events of a state is no report of them), or with one such event on a page that also
 *       uses {@value #MIN_PUBLIC_WORDS_WITH_EVENT} different words of public life ({@code public-affairs-words},
 *       {@code public-page-words});</li>
 *   <li>so does a page whose sentences name a state, a government or another public party in at least
 *       {@value #MIN_PUBLIC_SHARE} of them, or that uses {@value #MIN_PUBLIC_WORDS} different words of public life;</li>
 *   <li>any other page does not: its reason says how little public life it names and, when they tell, the words of
 *       its topic (sport, products, leisure: {@link SportsPages}, {@link LeisurePages}).</li>
 * </ul>
 *
 * A page the reader typed a product page or a forum thread reports none ({@link #onPage}). A page judged so gets no
 * events unless the user asks for every page's events ({@code --every-page}).
 */
public record PublicAffairs(boolean reports, String reason, Cues cues) {
    static final int MIN_SENTENCES = 6;
    static final int MIN_PUBLIC_EVENTS = 2;
    static final int MIN_PUBLIC_WORDS_WITH_EVENT = 2;
    static final double MIN_PUBLIC_SHARE_WITH_EVENTS = 0.06;
    static final double MIN_PUBLIC_SHARE = 0.2;
    static final int MIN_PUBLIC_WORDS = 3;
    private static final Set<String> PUBLIC_WORDS = EventWords.union("public-affairs-words", "public-page-words");
    private static final Set<String> PUBLIC_PAGE_SECTORS = EventWords.get("public-page-sectors");
    private static final Set<String> LEISURE_WORDS = EventWords.get("leisure-page-words");
    private static final Set<String> SPORTS_WORDS = EventWords.get("sports-page-words");

    /** A decision taken without reading cues (a page nothing was coded on, a page type). */
    public PublicAffairs(boolean reports, String reason) { this(reports, reason, null); }

    /** The decision for a page nothing was coded on (no language stage ran): nothing to withhold. */
    public static PublicAffairs unjudged(String why) { return new PublicAffairs(true, why); }

    /** What the decision reads off a page: its family, public events, public sentences and words, topic words. */
    public record Cues(boolean wire, int events, int publicEvents, int sentences, int publicSentences,
                       int publicWords, int leisureWords, int sportsWords, String headline) {
        double publicShare() { return sentences == 0 ? 0 : (double) publicSentences / sentences; }
    }

    /** The cues of an article with these sentences (their mentions placed) and the events coded on it. */
    public static Cues cues(Article article, List<Sentence> sentences, List<Event> events) {
        PageWords words = PageWords.of(article);
        int publicSentences = (int) Math.round(PageFeatures.publicSentenceShare(sentences) * sentences.size());
        int leisureWords = words.distinct(LEISURE_WORDS, 10), sportsWords = words.distinct(SPORTS_WORDS, 10);
        // a federation's or a society's officer condemning a killing acts in public life, a football association on
        // a match report does not: civic bodies count on a page that is not about sport or leisure (CivicBodies)
        boolean pastime = sportsWords >= SportsPages.MIN_DISTINCT || leisureWords >= LeisurePages.MIN_LEISURE_WORDS;
        CivicBodies civic = pastime ? null : CivicBodies.namedOn(sentences, article.body());
        int publicEvents = (int) events.stream()
                .filter(e -> publicEvent(e) || civic != null && civic.takePartIn(e)).count();
        return new Cues(PageFamily.of(article) == PageFamily.WIRE, events.size(), publicEvents, sentences.size(),
                publicSentences, words.distinct(PUBLIC_WORDS, 10), leisureWords, sportsWords,
                PageFeatures.headlineShape(article.headline()));
    }

    /**
     * Whether an event is an act of public life: a public party takes part ({@link PageFeatures#publicParty}), or a
     * union ({@code public-page-sectors}: a strike, a union's demand), or it is a protest (people at large marching),
     * or an arrest or a charge told without its agent ("a man was arrested"), which only a state does
     * ({@link AgentlessActs#isStateAct}).
     */
    static boolean publicEvent(Event e) {
        if (e.type() == EventType.PROTEST || PageFeatures.publicParty(e)) return true;
        if (e.actors().isEmpty() && AgentlessActs.isStateAct(e.type(), e.cameo())) return true;
        return Stream.concat(e.actors().stream(), e.recipients().stream())
                .anyMatch(p -> p.sector() != null && PUBLIC_PAGE_SECTORS.contains(p.sector()));
    }

    /** Whether the page reports public affairs, and why. */
    public static PublicAffairs of(Article article, List<Sentence> sentences, List<Event> events) {
        return of(cues(article, sentences, events));
    }

    /** The decision on these cues. */
    public static PublicAffairs of(Cues c) {
        if (c.wire()) return new PublicAffairs(true, "wire copy", c);
        if (c.sentences() < MIN_SENTENCES) return new PublicAffairs(true, "too short to judge: " + c.sentences() + " sentences", c);
        String found = found(c);
        if (c.publicEvents() >= MIN_PUBLIC_EVENTS && c.publicShare() >= MIN_PUBLIC_SHARE_WITH_EVENTS
                || c.publicEvents() >= 1 && c.publicWords() >= MIN_PUBLIC_WORDS_WITH_EVENT
                || c.publicShare() >= MIN_PUBLIC_SHARE || c.publicWords() >= MIN_PUBLIC_WORDS) {
            return new PublicAffairs(true, found, c);
        }
        List<String> topic = new ArrayList<>();
        if (c.sportsWords() >= SportsPages.MIN_DISTINCT) topic.add(c.sportsWords() + " words of sport or games");
        if (c.leisureWords() >= LeisurePages.MIN_LEISURE_WORDS) topic.add(c.leisureWords() + " words of products or leisure");
        if (!c.headline().equals("plain") && !c.headline().equals("none")) topic.add("a headline of service (" + c.headline() + ")");
        return new PublicAffairs(false, "names little public life: " + found + (topic.isEmpty() ? "" : "; " + String.join(", ", topic)), c);
    }

    /**
     * The judgement of a page's text, on a page the reader typed: a product page or a forum thread reports no public
     * affairs whatever its words (a shop's blurb, private people's posts); an article, a listing or a page of another
     * kind is judged by its text.
     */
    public PublicAffairs onPage(PageType.Judged page) {
        if (page == null || !reports || page.type() != PageType.PRODUCT && page.type() != PageType.FORUM) return this;
        return new PublicAffairs(false, "a " + (page.type() == PageType.PRODUCT ? "product page" : "forum thread")
                + " (" + page.reason() + ")", cues);
    }

    /** The public life a page names, in a few words: "3 of 20 sentences name a public party, 1 event with one, 2 words". */
    private static String found(Cues c) {
        String events = c.events() == 0 ? "no events" : c.publicEvents() + " of " + c.events() + " events have one";
        return String.format(Locale.ROOT, "%d of %d sentences name a public party, %s, %d words of public life",
                c.publicSentences(), c.sentences(), events, c.publicWords());
    }
}
