package org.dateline.core.event;

import java.util.Locale;
import java.util.Set;

import org.dateline.core.language.Gazetteer;
import org.dateline.core.language.GazetteerEntry;
import org.dateline.model.CountryCodes;

/**
 * Where the visitors of a story come from. A story of a visit names its visiting party once by nationality ("an
 * Ethiopian delegation", "a delegation of the Ethiopian party", a headline "Ethiopian Personages Visit ...") and then
 * by a bare visitor noun ({@code visitor-nouns}: "the visitors", "the guests", "the delegation"), which the dateline's
 * state must not take. The first nationality given to any visitor noun, else the one a visitor phrase's own words gave
 * (remembered as clauses are coded), else the headline's leading nationality, is whose the bare visitor nouns are.
 * One per article, kept by {@link ArticleContext}.
 */
final class VisitingParty {
    private static final Set<String> VISITORS = EventWords.get("visitor-nouns");

    private String byNoun;
    private String byPhrase;
    private final String byHeadline;

    VisitingParty(String headline, Gazetteer gazetteer) {
        this.byHeadline = leadingNationality(headline, gazetteer);
    }

    /** True for a visitor noun, singular or plural, any case ("Visitors", "delegation"). */
    static boolean isVisitorWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return VISITORS.contains(w) || w.endsWith("s") && VISITORS.contains(w.substring(0, w.length() - 1));
    }

    /** A nationality written right before a word of the article ("Ethiopian delegation"): kept when it is the first. */
    void nationalityBefore(String word, String country) {
        if (byNoun == null && CountryCodes.isState(country) && isVisitorWord(word)) byNoun = country;
    }

    /** The country a visitor phrase's own words gave ("a delegation of the Ethiopian party"): kept when the first. */
    void placedPhrase(String country) {
        if (byPhrase == null && CountryCodes.isState(country)) byPhrase = country;
    }

    /** The visitors' state, or null when the story never gives it. */
    String country() {
        if (byNoun != null) return byNoun;
        return byPhrase != null ? byPhrase : byHeadline;
    }

    /**
     * "Ethiopian Personages Visit DPRK Embassy": a headline opens with its subject; a nationality as its first word is
     * the subject's. A country's name there is not taken ("Ethiopia Hosts ..." is the host, not a visitor).
     */
    private static String leadingNationality(String headline, Gazetteer gazetteer) {
        if (headline == null || gazetteer == null || headline.isBlank()) return null;
        String h = headline.strip();
        int end = 0;
        while (end < h.length() && (Character.isLetter(h.charAt(end)) || h.charAt(end) == '-')) end++;
        for (GazetteerEntry e : gazetteer.startingAt(h, 0)) {
            if (e.kind() == GazetteerEntry.Kind.DEMONYM && e.text().length() == end && CountryCodes.isState(e.country())) return e.country();
        }
        return null;
    }
}
