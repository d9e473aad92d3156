package org.dateline.core.connect;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.language.Gazetteer;
import org.dateline.core.language.GazetteerEntry;

/**
 * Whether a mention is a proper name an actor can be filed under: a name that stands alone in its sentence, not a
 * piece of a longer name, and a name, not a common noun.
 *
 * <p>The language layer finds names by dictionary and gazetteer as well as by tagging, and a dictionary finds
 * "the South" in "the South Headquarters of the Alliance", "North" in "North Phyongan Province", "NK" in "Daily NK",
 * "Su Hui" in "Ro Su Hui". Such a mention still codes its sentence's event as the language layer chose, but it is no
 * spelling of the entity it was coded with: filed as an alias, a search for the paper finds the state. A piece is
 * told by what the text writes around it: a capitalised word glued after it (by a blank or a hyphen: "South-North")
 * or, for a body or a state, before it (not an article, the sentence's first word, an office, a word of address, a
 * state's name or a possessive: "Russia's ITAR-TASS" stands alone). Days and months written after a name date the
 * deed. A person's name is lengthened only after it: his offices stand before it in capitals.
 */
final class ProperNames {
    /** What a word loses to be looked up: all but letters and hyphens (compiled once: it runs on every mention). */
    private static final Pattern NOT_NAME_LETTERS = Pattern.compile("[^\\p{L}-]");
    private static final Set<String> ARTICLES = ConnectWords.get("articles");
    private static final Set<String> CALENDAR = ConnectWords.get("calendar-names");
    private static final Set<String> TITLE_ROLES = ConnectWords.get("title-roles");
    private static final Set<String> HONORIFICS = ConnectWords.get("name-honorifics");
    private static final Set<String> BARE_NOUNS = ConnectWords.get("bare-body-nouns");
    private static final Set<String> BODY_HEADS = ConnectWords.get("body-heads");
    private static final Set<String> COMPASS = ConnectWords.get("compass-modifiers");
    private static final Set<String> NAME_LINKS = ConnectWords.get("name-inner-words");
    /** ", South and Overseas" after "The North": more compass words, the last after "and" or "or". */
    private static final Pattern MORE_MODIFIERS = Pattern.compile(
            "((?:\\s*,\\s*[\\p{Lu}][\\p{L}-]*)*)\\s*,?\\s+(?:and|or)\\s+([\\p{Lu}][\\p{L}-]*)");
    /** How far a quoted name may open before a mention that closes it. */
    private static final int QUOTED_NAME_REACH = 120;
    private static final Set<GazetteerEntry.Kind> STATE_WORDS = Set.of(GazetteerEntry.Kind.COUNTRY,
            GazetteerEntry.Kind.DEMONYM, GazetteerEntry.Kind.CAPITAL);

    private static final Set<String> GROUP_NOUNS = ConnectWords.get("name-group-nouns");
    /** A family name's possessive or blank, an opening quotation mark, then a word: "Lee group", "Kim's side". */
    private static final Pattern NOUN_AFTER = Pattern.compile("\\A(?:['\u2019]s)?\\s+[\"\u201c']?(\\p{Ll}+)");

    private ProperNames() {}

    /**
     * True when a name stands as the modifier of a noun of a group after it: "the Lee group", "the Lee \"government\"",
     * "Kim's side". The phrase names the group around the bearer; a bare family name so written, whose bearer the
     * record cannot tell, is no actor of its own.
     */
    static boolean modifiesGroupNoun(String body, int end) {
        if (body == null || end < 0 || end >= body.length()) return false;
        Matcher m = NOUN_AFTER.matcher(body.substring(end, Math.min(body.length(), end + 30)));
        return m.find() && GROUP_NOUNS.contains(m.group(1));
    }

    /** True when the mention at {@code start..end} of {@code body} is a piece of a longer capitalised name. */
    static boolean insideLongerName(String body, int start, int end, boolean person) {
        if (body == null || start < 0 || end > body.length() || start >= end) return false;
        // before a person's name stand his offices, capitalised in any order ("Secretary of Defense Donald
        // Rumsfeld", "Senator Mir Lashkari Raisani", "DPRK Hero An Tong Su"): only what follows it can lengthen it
        return gluedAfter(body, end) || !person && (gluedBefore(body, start) || modifierOfLaterHead(body, start, end)
                || closesQuotedName(body, start, end));
    }

    /**
     * True for a compass word coordinated with others before the one head they share: "The North, South and Overseas
     * Headquarters", "North and South Hwanghae". Each conjunct modifies the head after the last one, so the first is
     * a piece of a name as much as "the North" of "the North Headquarters" is. Only compass words ({@code
     * compass-modifiers}) coordinate so: "China and South Korea" are two names.
     */
    static boolean modifierOfLaterHead(String body, int start, int end) {
        String[] words = body.substring(start, end).strip().split("\\s+");
        if (!COMPASS.contains(bare(words[words.length - 1]))) return false;
        Matcher m = MORE_MODIFIERS.matcher(body).region(end, Math.min(body.length(), end + QUOTED_NAME_REACH));
        if (!m.lookingAt() || !COMPASS.contains(bare(m.group(2)))) return false;
        for (String w : m.group(1).split("[\\s,]+")) if (!w.isEmpty() && !COMPASS.contains(bare(w))) return false;
        return gluedAfter(body, m.end());
    }

    /**
     * True when the mention closes a name the text sets in quotation marks and that opens before it: "the North" of
     * "Federation of the Movement for Freedom in the North", as a report names a body it will not call by a name of
     * its own. Every word from the opening mark on is capitalised or a word that joins a name's parts ({@code
     * name-inner-words}: "of", "in", "for"), so a quoted sentence ("we warn the North") is no name.
     */
    static boolean closesQuotedName(String body, int start, int end) {
        if (end >= body.length() || body.charAt(end) != '"' && body.charAt(end) != '\u201d') return false;
        int open = -1;
        for (int i = start - 1; i >= Math.max(0, start - QUOTED_NAME_REACH) && open < 0; i--) {
            char c = body.charAt(i);
            if (c == '\n' || c == '\u201d') return false;
            if (c == '"' || c == '\u201c') open = i;
        }
        if (open < 0) return false;
        String[] words = body.substring(open + 1, start).strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty() || !Character.isUpperCase(words[0].charAt(0))) return false;
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0)) && !NAME_LINKS.contains(bare(w))) return false;
        }
        return true;
    }

    private static boolean gluedAfter(String body, int end) {
        if (end + 1 >= body.length() || body.charAt(end) != ' ' && body.charAt(end) != '-') return false;
        String next = wordAt(body, end + 1);
        if (next.isEmpty() || !Character.isUpperCase(next.charAt(0))) return false;
        // "Russia Supreme Court President Viacheslav Lebedev", "Moranbong School No. 1": a title or a number follows
        String lower = bare(next);
        return !CALENDAR.contains(lower) && !TITLE_ROLES.contains(lower) && !HONORIFICS.contains(lower) && !lower.equals("no");
    }

    private static boolean gluedBefore(String body, int start) {
        int i = start;
        if (i == 0 || body.charAt(i - 1) != ' ' && body.charAt(i - 1) != '-') return false;
        i--;
        int wordEnd = i;
        while (i > 0 && !Character.isWhitespace(body.charAt(i - 1))) i--;
        String prev = body.substring(i, wordEnd);
        if (prev.isEmpty() || !Character.isUpperCase(prev.charAt(0)) || prev.endsWith("'s") || prev.endsWith("\u2019s")
                || !Character.isLetterOrDigit(prev.charAt(prev.length() - 1))) return false;
        String lower = bare(prev);
        if (sentenceFirst(body, i) || ARTICLES.contains(lower)) return false;
        if (TITLE_ROLES.contains(lower) || HONORIFICS.contains(lower) || CALENDAR.contains(lower)) return false;
        for (GazetteerEntry g : Gazetteer.standard().wholly(prev)) if (STATE_WORDS.contains(g.kind())) return false;
        return true;
    }

    /** True when the word at {@code at} opens its sentence or line. */
    private static boolean sentenceFirst(String body, int at) {
        int i = at;
        while (i > 0 && body.charAt(i - 1) == ' ') i--;
        if (i == 0) return true;
        char c = body.charAt(i - 1);
        return c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == '\u201c' || c == '(';
    }

    private static String wordAt(String body, int at) {
        int e = at;
        while (e < body.length() && (Character.isLetterOrDigit(body.charAt(e)) || body.charAt(e) == '\'' || body.charAt(e) == '.')) e++;
        return body.substring(at, e);
    }

    private static String bare(String word) {
        return NOT_NAME_LETTERS.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /**
     * True when a body's name is a common noun of a kind of body alone, an article aside: "Committee", "The
     * committee", "Government", "Solidarity". Every state has one; filed as one actor it joins them all. A state's
     * organ named by its kind ("Navy" of a state) is left to {@link AliasRules#isOrganKind}: the state codes it.
     */
    static boolean isBareCommonNoun(String name) {
        String[] words = name.strip().split("\\s+");
        int at = words.length > 1 && words[0].equalsIgnoreCase("the") ? 1 : 0;
        if (words.length - at != 1) return false;
        String w = bare(words[at]);
        return BARE_NOUNS.contains(w) || BODY_HEADS.contains(w);
    }
}
