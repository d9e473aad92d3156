package org.dateline.core.connect;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.language.GazetteerEntry;
import org.dateline.model.Entity;

/**
 * The state the text gives a person at one mention, read from the words that describe him there: his title chain
 * ("Indonesian Foreign Minister", "member of the Political Bureau of the Communist Party of China", "chairman of the
 * Spanish friendship society") or the delegation he leads ("a Chinese delegation led by ...").
 *
 * <p>The language layer codes a person with the state of his story when it finds none of his own, and that is often
 * another party's: the host state of a visit, the other side of a meeting, the state of the dateline or of the agency.
 * A state his own words name says whose man he is, and beats that guess. Only the states of his own bodies count: a
 * state after a word of place or direction is where he serves or goes ("ambassador to the DPRK", "Korean residents in
 * Japan", "solidarity with the Korean people": {@code title-place-links}), and a state joined by a hyphen to another
 * ("the Mongolia-Korea Friendship Association") is one of the two a friendship names, none his alone. A state's
 * adjective two states share ("Korean") names none. Two states named, or none: no state.
 */
final class PersonStates {
    private static final Set<GazetteerEntry.Kind> STATE_KINDS = Set.of(GazetteerEntry.Kind.COUNTRY,
            GazetteerEntry.Kind.DEMONYM);
    private static final Set<String> PLACE_LINKS = ConnectWords.get("title-place-links");
    /** The nouns of a body of people a person leads: "a Chinese delegation led by". */
    private static final Set<String> LED_GROUPS = ConnectWords.get("led-group-nouns");
    /** "led by" or "headed by" and at most four words of title, right before the name. */
    private static final Pattern LED_BY = Pattern.compile("\\s+(?:led|headed)\\s+by\\s+(?:[^\\s,.;:]+\\s+){0,4}?$");
    /** A word, and an article that opens a group's noun phrase. */
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> ARTICLES = ConnectWords.get("articles");
    /** Where a clause ends: a stop before a capital, not the stops of "U.S." inside a phrase. */
    private static final Pattern CLAUSE_END = Pattern.compile("[;:!?\\n]|\\.(?=\\s+\\p{Lu})");
    private static final Pattern HYPHENED = Pattern.compile("\\S+[-\u2013\uff0d]\\S+");
    private static final int REACH = 300;

    private PersonStates() {}

    /**
     * The state the text gives the person of {@code mention}: the one his title there names, when the title is
     * written beside his name ({@link RoleEvidence}), else the one of the group he leads; null when it names none.
     */
    static String of(String body, Entity mention, String role) {
        String titled = RoleEvidence.attached(body, mention, role) ? ofTitle(role) : null;
        return titled != null ? titled : ofLedGroup(body, mention.start());
    }

    /**
     * The state the person's title names as his own ("Cambodian Prime Minister": KHM; "DPRK ambassador to Guyana":
     * PRK), or null.
     */
    static String ofTitle(String title) {
        if (title == null || title.isBlank()) return null;
        Set<String> states = PartyStates.states(ownPart(title), STATE_KINDS);
        return states.size() == 1 ? states.iterator().next() : null;
    }

    /**
     * The state of the delegation (troupe, mission) the name right after {@code start} leads, as its own words give
     * it ("a Chinese delegation led by", "the delegation of the Communist Party of Vietnam headed by its chairman"),
     * or null.
     */
    static String ofLedGroup(String body, int start) {
        if (body == null || start <= 0 || start > body.length()) return null;
        String before = body.substring(Math.max(0, start - REACH), start);
        Matcher led = LED_BY.matcher(before);
        if (!led.find()) return null;
        String clause = before.substring(0, led.start());
        Matcher ends = CLAUSE_END.matcher(clause);
        int from = 0;
        while (ends.find()) from = ends.end();
        // the group's noun nearest the verb, and the article that opens its phrase: "a Chinese delegation of ..."
        int noun = -1, article = -1;
        for (Matcher w = WORD.matcher(clause).region(from, clause.length()); w.find(); ) {
            if (LED_GROUPS.contains(w.group().toLowerCase(Locale.ROOT))) noun = w.start();
        }
        if (noun < 0) return null;
        for (Matcher w = WORD.matcher(clause).region(from, noun); w.find(); ) {
            if (ARTICLES.contains(w.group().toLowerCase(Locale.ROOT))) article = w.start();
        }
        if (article < 0) return null;
        return ofTitle(clause.substring(article));
    }

    /** The words of a title up to the first word of place or direction, without the states a hyphen joins. */
    private static String ownPart(String title) {
        StringBuilder out = new StringBuilder();
        for (String w : title.strip().split("\\s+")) {
            if (PLACE_LINKS.contains(w.toLowerCase(Locale.ROOT))) break;
            out.append(HYPHENED.matcher(w).matches() ? "_" : w).append(' ');
        }
        return out.toString().strip();
    }
}
