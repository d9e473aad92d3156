package org.dateline.core.event;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.dateline.core.language.Sentence;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.Participant;

/**
 * The page-level features of the learned {@link EventFilter}: how much of the page is about public affairs, from what
 * the pipeline already found on it. A review, a match report, a shopping list or a how-to guide names few states,
 * governments, courts or armies and codes few events with one; the verbs on such a page ("slammed the battery",
 * "beat the Bears") tell no public act even when the sentence reads like one, and the sentence-level features cannot
 * see that. Language only, as {@link EventFeatures}: shares, counts and shapes, never a site, a source, a name or a
 * country code. Numbers are put in a few bins, so that the model learns a trend and not a page.
 */
final class PageFeatures {
    private static final Set<String> PUBLIC_WORDS = EventWords.get("public-affairs-words");
    private static final Set<String> LEISURE_SECTIONS = EventWords.get("leisure-page-sections");
    private static final Set<String> PUBLIC_SECTIONS = EventWords.get("filter-public-sections");
    private static final Set<String> OPINION_SECTIONS = EventWords.get("filter-opinion-sections");
    private static final Pattern HOW_TO = Pattern.compile("^(how|what|why|where|when|which|who)\\b.*");
    private static final Pattern COUNTED_LIST = Pattern.compile("^(the )?\\d+ .*");
    private static final Pattern REVIEW = Pattern.compile(".*\\breview(ed)?\\b.*");

    private PageFeatures() {}

    /**
     * The features every event of the page shares: public share, states, public events, length, and the headline's
     * shape and the address's section when the page has them (a page without either gets no feature for it).
     */
    static List<String> ofPage(Article article, List<Sentence> sentences, List<Event> events) {
        List<String> f = new ArrayList<>();
        f.add("page-public=" + publicShareBin(publicSentenceShare(sentences)));
        f.add("page-states=" + countBin(statesNamed(sentences), 1, 3));
        f.add("page-public-events=" + publicEventsBin(events));
        f.add("page-public-words=" + countBin(PageWords.of(article).distinct(PUBLIC_WORDS, 6), 2, 5));
        int n = sentences.size();
        f.add("page-sentences=" + (n <= 5 ? "1-5" : n <= 15 ? "6-15" : n <= 40 ? "16-40" : "41+"));
        // no headline, or an address whose folders are of no known kind, says how a source publishes, not what the
        // page is: in the judged data each marks one source alone, and a weight on it would learn the source
        String headline = headlineShape(article.headline());
        if (!headline.equals("none")) f.add("headline=" + headline);
        String section = section(article.url());
        if (!section.equals("none") && !section.equals("other")) f.add("section=" + section);
        return f;
    }

    /** This event's own part in the page's public affairs: whether it has a public party, alone and with the share. */
    static List<String> ofEvent(Event e, List<String> page) {
        String own = publicParty(e) ? "public" : "private";
        String share = page.get(0).substring("page-public=".length());
        return List.of("party=" + own, "party*page-public=" + own + "|" + share);
    }

    /** The share of sentences that name a public party: a state, or a mention the pipeline placed in a public sector. */
    static double publicSentenceShare(List<Sentence> sentences) {
        if (sentences.isEmpty()) return 0;
        int naming = 0;
        for (Sentence s : sentences) {
            if (s.mentions().stream().anyMatch(PageFeatures::publicMention)) naming++;
        }
        return (double) naming / sentences.size();
    }

    static String publicShareBin(double share) {
        return share == 0 ? "0" : share < 0.15 ? "low" : share < 0.35 ? "some" : share < 0.6 ? "half" : "most";
    }

    /** How many different states the page names (as a state, or as the state a public mention acts for). */
    static int statesNamed(List<Sentence> sentences) {
        Set<String> states = new HashSet<>();
        for (Sentence s : sentences) {
            for (Entity m : s.mentions()) {
                if (m.country() != null && (m.type() == EntityType.COUNTRY || publicMention(m))) states.add(m.country());
            }
        }
        return states.size();
    }

    private static boolean publicMention(Entity m) {
        return m.type() == EntityType.COUNTRY || LeisurePages.hasPublicCode(m.sector()) || "IGO".equals(m.country());
    }

    /** none, some (under half), most (half or more, not all) or all of the page's events have a public party. */
    static String publicEventsBin(List<Event> events) {
        if (events.isEmpty()) return "none";
        long n = events.stream().filter(PageFeatures::publicParty).count();
        if (n == 0) return "none";
        if (n == events.size()) return "all";
        return 2 * n < events.size() ? "some" : "most";
    }

    /** Whether an actor or a recipient of the event is public, as {@link LeisurePages} asks it. */
    static boolean publicParty(Event e) {
        List<Participant> all = new ArrayList<>(e.actors());
        all.addAll(e.recipients());
        return LeisurePages.publicParty(all);
    }

    /** 0, 1..low, low+1..high, or more than high. */
    private static String countBin(int n, int low, int high) {
        if (n == 0) return "0";
        if (n <= low) return "1-" + low;
        return n <= high ? (low + 1) + "-" + high : (high + 1) + "+";
    }

    /** The headline's shape: a question, a how/what guide, a counted list, a review, a plain line, or none. */
    static String headlineShape(String headline) {
        if (headline == null || headline.isBlank()) return "none";
        String h = headline.strip().toLowerCase(Locale.ROOT);
        if (REVIEW.matcher(h).matches()) return "review";
        if (COUNTED_LIST.matcher(h).matches()) return "counted-list";
        if (h.endsWith("?")) return "question";
        if (HOW_TO.matcher(h).matches()) return "how-what";
        return "plain";
    }

    /**
     * What the folders of the page's address file it under (never its site nor its last part, a story's own title):
     * leisure, opinion, public affairs, another section, or none when the page has no address or no folder.
     */
    static String section(String url) {
        List<String> folders = folders(url);
        if (folders.isEmpty()) return "none";
        String found = "other";
        for (String folder : folders) {
            String f = folder.replaceAll("-\\d+$", "");
            if (LEISURE_SECTIONS.contains(f)) return "leisure";
            if (OPINION_SECTIONS.contains(f)) return "opinion";
            if (PUBLIC_SECTIONS.contains(f)) found = "public";
        }
        return found;
    }

    private static List<String> folders(String url) {
        if (url == null || url.isBlank()) return List.of();
        String path;
        try {
            path = URI.create(url.strip()).getPath();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        if (path == null) return List.of();
        List<String> parts = new ArrayList<>();
        String[] all = path.toLowerCase(Locale.ROOT).split("/");
        for (int i = 0; i < all.length - 1; i++) { // the last part is the story's own title
            if (!all[i].isEmpty() && !all[i].matches("\\d+")) parts.add(all[i]); // "/2023/12/": a date, no section
        }
        return parts;
    }
}
