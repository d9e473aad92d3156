package org.dateline.core.event;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

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
    /** Up to two capitalised words of a name ("Senate", "Government") and then a visitor noun, singular or plural. */
    private static final Pattern BEFORE_VISITOR = Pattern.compile("(?:\\s+[A-Z][A-Za-z-]*){0,2}\\s+(?i:("
            + String.join("|", new TreeSet<>(VISITORS)) + ")s?)\\b");

    /**
     * A headline's nationality is one word, written after no letter and before no letter or hyphen: "Cuban-led
     * Group" has no Cuban subject. {@link #lettersAndHyphens} keeps it one word ("South Korean" is two).
     */
    private static final Gazetteer.WordEdges ONE_WORD = Gazetteer.WordEdges.between(Character::isLetter,
            ch -> Character.isLetter(ch) || ch == '-');

    private String byNoun;
    private String byPhrase;
    private final String byHeadline;

    VisitingParty(String headline, Gazetteer gazetteer) {
        this.byHeadline = headlineNationality(headline, gazetteer);
    }

    /**
     * A nationality ending at {@code end} of {@code text}: kept when it is the first written before a visitor noun,
     * right before it or before up to two capitalised words of a name ("Ethiopian delegation", "Cambodian Senate
     * delegation").
     */
    void nationalityBefore(String text, int end, String country) {
        if (byNoun != null || !CountryCodes.isState(country)) return;
        if (BEFORE_VISITOR.matcher(text).region(end, text.length()).lookingAt()) byNoun = country;
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
     * "Ethiopian Personages Visit DPRK Embassy", "Gift from Ethiopian Delegation": a headline opens with its subject,
     * so a nationality as its first word is the subject's; elsewhere, one written before a visitor noun. A country's
     * name is not taken ("Ethiopia Hosts Guests" names the host).
     */
    private static String headlineNationality(String headline, Gazetteer gazetteer) {
        if (headline == null || gazetteer == null || headline.isBlank()) return null;
        String h = headline.strip();
        return gazetteer.wholeWords(h, ONE_WORD)
                .filter(m -> m.entry().kind() == GazetteerEntry.Kind.DEMONYM && CountryCodes.isState(m.entry().country()))
                .filter(m -> lettersAndHyphens(h, m.start(), m.end()))
                .filter(m -> m.start() == 0 || BEFORE_VISITOR.matcher(h).region(m.end(), h.length()).lookingAt())
                .map(m -> m.entry().country()).findFirst().orElse(null);
    }

    private static boolean lettersAndHyphens(String h, int start, int end) {
        for (int i = start; i < end; i++) if (!Character.isLetter(h.charAt(i)) && h.charAt(i) != '-') return false;
        return true;
    }
}
