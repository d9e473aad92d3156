package org.dateline.core.connect;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.dateline.core.language.Gazetteer;
import org.dateline.core.language.Gazetteer.Match;
import org.dateline.core.language.Gazetteer.WordEdges;
import org.dateline.core.language.GazetteerEntry;

/**
 * A party's name is not unique across states: Italy, Japan and South Korea each have a "Democratic Party", and a
 * record keyed by the name alone files the three under one actor with one state. A name of common words headed by a
 * party noun ({@code party-heads}), with no state in it and no "of" phrase that would name one ("Democratic Party",
 * "Liberal Democratic Party"; not "Democratic Party of Japan", "Korean Social Democratic Party"), is one actor per
 * state: the name followed by the state's code, "Democratic Party (ITA)", with the bare name its alias.
 *
 * <p>The state is the mention's own when the language layer gave it one; else the state named right after the name
 * ("the Democratic Party of south Korea"); else the one state the headline names ("Italian Delegation Visits ...",
 * "Japanese Opposition Criticizes PM"), never a guess when it names two or none. With no state the bare name stays.
 */
final class PartyStates {
    private static final Set<String> PARTY_HEADS = ConnectWords.get("party-heads");
    private static final Set<GazetteerEntry.Kind> STATE_KINDS = Set.of(GazetteerEntry.Kind.COUNTRY,
            GazetteerEntry.Kind.DEMONYM);
    /** Inside a name, a word the language layer reads as a state in context, or one of two states ("Korean"), names one too. */
    private static final Set<GazetteerEntry.Kind> NAME_STATE_KINDS = Set.of(GazetteerEntry.Kind.COUNTRY,
            GazetteerEntry.Kind.DEMONYM, GazetteerEntry.Kind.CONTEXT_ALIAS);

    /** What may stand between a state's word and the party's name: a possessive, blanks, a quotation mark. */
    private static final Pattern RIGHT_BEFORE = Pattern.compile("(?:['\u2019]s)?\\s*[\"\u201c']?");
    private static final int BEFORE_REACH = 40;
    /** A capitalised word right after an adjective: the adjective modifies it. */
    private static final Pattern ATTRIBUTIVE = Pattern.compile("\\s+[\"\u201c']?\\p{Lu}");
    /** A state's name as a possessive before a capitalised word: "Japan's Ruling Party". */
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\s+[\"\u201c']?\\p{Lu}");

    private PartyStates() {}

    /** True for a party name that every state may have: a party noun at its end, no "of", no state inside. */
    static boolean isSharedName(String name) {
        String n = name.strip();
        String[] words = n.split("\\s+");
        if (words.length < 2 || n.toLowerCase(Locale.ROOT).contains(" of ")) return false;
        if (!PARTY_HEADS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) return false;
        return states(n, NAME_STATE_KINDS).isEmpty() && states(n, Set.of(GazetteerEntry.Kind.DEMONYM), true).isEmpty();
    }

    /** The name keyed by its state, "Democratic Party (ITA)", or the name as given when no state is known. */
    static String keyed(String name, String mentionState, String body, int start, int end, String headline) {
        String state = mentionState != null ? mentionState : StateAfterName.of(body, end);
        if (state == null) state = stateBefore(body, start);
        // a state's adjective in the headline is the party's people ("Brazilian Party Leader Sends Greetings"); a
        // state's name there is as often the other side ("Party Urged to Drop Sycophancy towards U.S."): no key
        if (state == null && headline != null) state = headlineAdjective(headline);
        return state == null ? name.strip() : name.strip() + " (" + state + ")";
    }

    /**
     * The one state whose adjective a headline writes before another capitalised word ("Brazilian Party Leaders",
     * "Japanese Opposition"), or whose name it writes as a possessive ("Japan's Ruling Party"), or null. A state's
     * bare name there is as often the other side ("Party Urged to Drop Sycophancy towards U.S.", "Appeal to Japan"),
     * and so is a word that is a state's name and adjective at once ("U.S. Involvement in ...").
     */
    private static String headlineAdjective(String headline) {
        Set<String> out = new LinkedHashSet<>();
        for (Match m : Gazetteer.standard().wholeWords(headline, WordEdges.LETTERS_OR_DIGITS).toList()) {
            String state = m.entry().country(), after = headline.substring(m.end());
            if (state == null) continue;
            boolean adjective = m.entry().kind() == GazetteerEntry.Kind.DEMONYM && !alsoAName(m.entry().text())
                    && ATTRIBUTIVE.matcher(after).lookingAt();
            boolean possessive = m.entry().kind() == GazetteerEntry.Kind.COUNTRY && POSSESSIVE.matcher(after).lookingAt();
            if (adjective || possessive) out.add(state);
        }
        return out.size() == 1 ? out.iterator().next() : null;
    }

    private static boolean alsoAName(String word) {
        for (GazetteerEntry g : Gazetteer.standard().wholly(word)) if (g.kind() == GazetteerEntry.Kind.COUNTRY) return true;
        return false;
    }

    /**
     * The state whose adjective or possessive stands right before a party's name ("the south Korean \"Saenuri
     * Party\"", "Japan's Democratic Party"), or null.
     */
    static String stateBefore(String body, int start) {
        if (body == null || start <= 0 || start > body.length()) return null;
        String before = body.substring(Math.max(0, start - BEFORE_REACH), start);
        String found = null;
        for (Match m : Gazetteer.standard().wholeWords(before, WordEdges.LETTERS_OR_DIGITS).toList()) {
            if (STATE_KINDS.contains(m.entry().kind()) && m.entry().country() != null
                    && RIGHT_BEFORE.matcher(before.substring(m.end())).matches()) found = m.entry().country();
        }
        return found;
    }

    /** The state code a keyed name ends in ("Democratic Party (ITA)" -> "ITA"), or null for a bare name. */
    static String stateOf(String keyed) {
        String k = keyed.strip();
        int open = k.lastIndexOf(" (");
        return open > 0 && k.endsWith(")") ? k.substring(open + 2, k.length() - 1) : null;
    }

    /** The states a text names by a state's name or adjective, as whole words. */
    static Set<String> states(String text, Set<GazetteerEntry.Kind> kinds) {
        return states(text, kinds, false);
    }

    /** The states a text names, or with {@code shared} the pairs of states a shared adjective may name ("Korean"). */
    private static Set<String> states(String text, Set<GazetteerEntry.Kind> kinds, boolean shared) {
        Set<String> out = new LinkedHashSet<>();
        int next = 0;
        // the longest whole entry only: "Korea" inside "South Korea" is no second state
        for (Match m : Gazetteer.standard().wholeWords(text, WordEdges.LETTERS_OR_DIGITS).toList()) {
            String state = shared ? sharedStates(m.entry()) : m.entry().country();
            if (m.start() < next || !kinds.contains(m.entry().kind()) || state == null) continue;
            out.add(state);
            next = m.end();
        }
        return out;
    }

    /** The states a shared adjective may name, joined ("KOR|PRK"), or null for any other entry. */
    private static String sharedStates(GazetteerEntry e) {
        return e.requires().isEmpty() ? null : String.join("|", e.requires());
    }
}
