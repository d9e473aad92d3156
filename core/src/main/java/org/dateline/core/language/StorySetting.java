package org.dateline.core.language;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.dateline.model.CountryCodes;

/**
 * The state a story is set in: whose "police", "the authorities" or "Government" a text means when nothing in the
 * phrase says whose. The dateline's state; with no dateline (an agency's item, a feed's story stripped of it), the
 * state its headline places it in:
 * <ul>
 * <li>where the headline says it happened, a state or a place in one after a place preposition
 * ({@code headline-place-prepositions}: "Crackdown on Students Slammed in Peru", "Floods Hit Towns in Kenya"), when
 * all such places lie in one state;</li>
 * <li>else the state that opens the headline as its subject, by name or adjective ("Chile Bans Rally", "Nigerian
 * President Pledges Security", "Austria's Unions Strike"), unless another state is coordinated with it ("Russia,
 * China Check ...") or it names visitors or diplomats, who are elsewhere ({@code headline-visitor-nouns}: "Italian
 * Guests Here", "Russian Ambassador Hosts Reception").</li>
 * </ul>
 * Null when the headline does not tell: a story about dealings between states names several, and counting names in
 * the body was found wrong as often as right (a story on Seoul's talks with Japan names Japan most).
 */
public final class StorySetting {
    private static final Set<String> PLACE_PREPOSITIONS = LanguageWords.get("headline-place-prepositions");
    private static final Set<String> VISITORS = LanguageWords.get("headline-visitor-nouns");
    private static final Set<String> COORDINATORS = LanguageWords.get("headline-coordinators");

    private StorySetting() {}

    /** The dateline's state, else the state the headline places the story in, else null. */
    public static String of(String datelineCountry, String headline, Gazetteer gazetteer) {
        if (datelineCountry != null) return datelineCountry;
        if (headline == null || headline.isBlank() || gazetteer == null) return null;
        String h = headline.strip();
        String where = placed(h, gazetteer);
        return where != null ? where : subject(h, gazetteer);
    }

    /** The one state of every place named after a place preposition, or null (none, or places of several states). */
    private static String placed(String h, Gazetteer g) {
        Set<String> states = new LinkedHashSet<>();
        for (int at = 0; at < h.length(); at++) {
            if (!wordStart(h, at)) continue;
            int end = wordEnd(h, at);
            if (!PLACE_PREPOSITIONS.contains(h.substring(at, end).toLowerCase(Locale.ROOT))) continue;
            int next = skipSpaces(h, end);
            if (h.regionMatches(true, next, "the ", 0, 4)) next = skipSpaces(h, next + 4);
            GazetteerEntry e = stateAt(h, next, g, false);
            if (e != null) states.add(e.country());
        }
        return states.size() == 1 ? states.iterator().next() : null;
    }

    /** The state that opens the headline by name or adjective, when it is its subject alone and no visitor. */
    private static String subject(String h, Gazetteer g) {
        GazetteerEntry e = stateAt(h, 0, g, true);
        if (e == null) return null;
        int after = e.text().length();
        if (h.startsWith("'s", after) || h.startsWith("\u2019s", after)) after += 2;
        int next = skipSpaces(h, after);
        if (next < h.length() && h.charAt(next) == ',') return null; // "Russia, China Check ..."
        String word = next < h.length() ? h.substring(next, wordEnd(h, next)).toLowerCase(Locale.ROOT) : "";
        if (COORDINATORS.contains(word) && stateAt(h, skipSpaces(h, next + word.length()), g, true) != null) return null;
        // "Italian Guests Here", "Cuban Delegation Arrives": the visitors' state, not where the story is
        String noun = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        if (VISITORS.contains(word) || VISITORS.contains(noun)) return null;
        return e.country();
    }

    /**
     * The longest gazetteer entry of a state written whole at {@code at}: a state's name, capital, other name or
     * place in it; its adjective too when {@code adjective} (a subject's "Nigerian President").
     */
    private static GazetteerEntry stateAt(String h, int at, Gazetteer g, boolean adjective) {
        return g.wholeWordsAt(h, at, Gazetteer.WordEdges.LETTERS_OR_DIGITS).map(Gazetteer.Match::entry)
                .filter(e -> CountryCodes.isState(e.country()))
                .filter(e -> e.canActAsState() || e.kind() == GazetteerEntry.Kind.PLACE
                        || adjective && e.kind() == GazetteerEntry.Kind.DEMONYM)
                .findFirst().orElse(null);
    }

    private static boolean wordStart(String h, int at) {
        return Character.isLetter(h.charAt(at)) && (at == 0 || !Character.isLetter(h.charAt(at - 1)));
    }

    private static int wordEnd(String h, int at) {
        int end = at;
        while (end < h.length() && (Character.isLetter(h.charAt(end)) || h.charAt(end) == '-')) end++;
        return end;
    }

    private static int skipSpaces(String h, int at) {
        while (at < h.length() && Character.isWhitespace(h.charAt(at))) at++;
        return at;
    }
}
