package org.dateline.core.event;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dateline.model.Participant;

/**
 * A page that reports no public affairs: a product review, a shopping deal, a recipe, a fashion or celebrity item, a
 * game guide, a workout list. Its verbs tell what a reviewer thought of a phone ("slammed the battery"), what a
 * character does on a screen, what a cook does to a cake; the conventions code none of it. Only an act with a public
 * party in it (a state, a government body, a court, the police, a party, an international body: "the EU fined
 * Apple") is an event there.
 *
 * <p>A page is such a page when its address files it under a section of leisure ({@code leisure-page-sections}:
 * /reviews/, /deals/, /recipes/, /gaming/, ...) or its words use at least {@value #MIN_LEISURE_WORDS} different words
 * of products, prices, reviews, recipes, apps, songs and shows ({@code leisure-page-words}); and in either case
 * it uses fewer than {@value #MIN_PUBLIC_WORDS} different words of public life ({@code public-affairs-words}:
 * government, minister, court, police, ...), so a news story about a court case over a phone stays a news story.
 * The section is read from the address's folders, never its last part (a story's own title) and never its site.
 *
 * <p>A page of service is one too: one whose headline asks a question, promises a guide, counts a list or reviews
 * ("Why is there no snow this Christmas?", "What You Need to Know About the Solstice", "12 things to do this
 * weekend", "... review": {@link PageFeatures#headlineShape}) and whose words name public life at most
 * {@value #MAX_PUBLIC_WORDS_OF_SERVICE} time (different words): it answers a reader, it reports no one's act. A
 * question over a news story names its parties ("Will the Senate pass the bill?" with a senate, a vote, a governor).
 */
final class LeisurePages {
    static final int MIN_LEISURE_WORDS = 5;
    static final int MIN_PUBLIC_WORDS = 3;
    static final int MAX_PUBLIC_WORDS_OF_SERVICE = 1;
    private static final Set<String> SECTIONS = EventWords.get("leisure-page-sections");
    private static final Set<String> LEISURE_WORDS = EventWords.get("leisure-page-words");
    private static final Set<String> PUBLIC_WORDS = EventWords.get("public-affairs-words");
    private static final Set<String> PUBLIC_SECTORS = EventWords.get("public-party-sectors");

    private LeisurePages() {
    }

    /**
     * Whether a page with these words and this address is a page of leisure that names public life too seldom to be
     * about it.
     */
    static boolean leisurePage(PageWords page, String url) {
        return leisurePage(page, url, null);
    }

    /** The same, a page of service by its headline ({@link #servicePage}) as well. */
    static boolean leisurePage(PageWords page, String url, String headline) {
        int publicWords = page.distinct(PUBLIC_WORDS, MIN_PUBLIC_WORDS);
        if (publicWords >= MIN_PUBLIC_WORDS) return false;
        if (publicWords <= MAX_PUBLIC_WORDS_OF_SERVICE && servicePage(headline)) return true;
        return filedUnderLeisure(url) || page.distinct(LEISURE_WORDS, MIN_LEISURE_WORDS) >= MIN_LEISURE_WORDS;
    }

    /** Whether the headline is a question, a guide, a counted list or a review, not a plain line of news. */
    static boolean servicePage(String headline) {
        String shape = PageFeatures.headlineShape(headline);
        return !shape.equals("plain") && !shape.equals("none");
    }

    /** Whether a folder of the address (not its last part) is a leisure section: "/reviews/", "/food-and-drink-2/". */
    static boolean filedUnderLeisure(String url) {
        if (url == null || url.isBlank()) return false;
        String path;
        try {
            path = URI.create(url.strip()).getPath();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (path == null) return false;
        List<String> folders = new ArrayList<>(List.of(path.toLowerCase(Locale.ROOT).split("/")));
        if (!path.endsWith("/") && !folders.isEmpty()) folders.remove(folders.size() - 1);
        else if (folders.size() > 1) folders.remove(folders.size() - 1); // "/reviews/some-phone-review/": the title too
        for (String f : folders) {
            String section = f.replaceAll("-\\d+$", ""); // "food-and-drink-2": a site's numbered copy of a section
            if (SECTIONS.contains(section)) return true;
        }
        return false;
    }

    /** Whether someone taking part in the event is public ({@link #publicParty(List)}). */
    static boolean publicParty(Coding e) {
        List<Participant> all = new ArrayList<>(e.actors);
        all.addAll(e.others);
        return publicParty(all);
    }

    /** Whether someone taking part is public: a state's organ, a party, an armed group, an international body. */
    static boolean publicParty(List<Participant> parties) {
        for (Participant p : parties) {
            // an international body is coded as a "country" of its own: the European Commission is IGO EUR
            if (hasPublicCode(p.sector()) || hasPublicCode(p.country())) return true;
        }
        return false;
    }

    /** Whether a code, or one of the three-letter groups of a compound code (GOVMIL), is a public party's. */
    static boolean hasPublicCode(String code) {
        if (code == null) return false;
        for (int i = 0; i + 3 <= code.length(); i += 3) {
            if (PUBLIC_SECTORS.contains(code.substring(i, i + 3))) return true;
        }
        return false;
    }
}
