package org.dateline.core.connect;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.model.Entity;

/**
 * Keys of names, and the few tests on names written out that the keys serve. A key is a name lower-cased, without
 * its accents, without an article that opens it, with the marks inside a word dropped (an apostrophe, a full stop:
 * "People's", "U.S.") and every other run of marks that are not letters or digits one blank: "Kim Jong Un", "Kim
 * Jong-un" and "KIM JONG UN" share one key, and so do "The Palestinian prisoners" and "Palestinian prisoners". The
 * connector files actors, aliases, overrides and thread features by key, because one party is written many ways
 * across articles and a spelling difference must not make it two parties.
 *
 * <p>Where the words of a name break is part of the name, not of its spelling: a place, a flower or a school named
 * after a person is written as one word ("Kimchaek", the city; "Kim Chaek", the man), so a key that joined the words
 * would file the city under the man. {@link #wordKey} keys one word of a name, for the rules that compare names word
 * by word.
 */
final class NameKeys {
    private static final Set<String> NAME_ARTICLES = ConnectWords.get("name-articles");
    private static final Set<String> NAME_ABBREVIATIONS = ConnectWords.get("name-abbreviations");
    /** Compiled once: every name of every article is keyed several times, and replaceAll compiles anew each call. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}"), NOT_NAME = Pattern.compile("[^\\p{L}\\p{N}]+"),
            SPACES = Pattern.compile("\\s+"), IN_WORD = Pattern.compile("(?<=[\\p{L}\\p{N}])['\u2019.](?=[\\p{L}\\p{N}]|$)");

    private NameKeys() {}

    /**
     * Spelling-insensitive key: "Kim Jong Un" and "Kim Jong-un" are one, and so are "The Palestinian prisoners" and
     * "Palestinian prisoners": an article ({@code name-articles}) that opens a name only because it opens the
     * sentence ("The Palestinian prisoners are staging ...") names no other party than the bare name does. The words
     * stay apart: "Kimchaek" and "Kim Chaek" are two keys.
     */
    static String key(String name) {
        String n = IN_WORD.matcher(folded(withoutArticle(name))).replaceAll("");
        return NOT_NAME.matcher(n).replaceAll(" ").strip();
    }

    /**
     * The key of one word of a name, every mark dropped ("Jong-un" -> "jongun", "V.V." -> "vv"): for comparing names
     * word by word, where a word is what blanks delimit.
     */
    static String wordKey(String word) {
        return NOT_NAME.matcher(folded(word)).replaceAll("");
    }

    /** Lower case without accents. */
    private static String folded(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The name without an article that opens it ("The Palestinian prisoners" -> "Palestinian prisoners"). */
    static String withoutArticle(String name) {
        String n = name.strip();
        int space = n.indexOf(' ');
        return space > 0 && NAME_ARTICLES.contains(n.substring(0, space).toLowerCase(Locale.ROOT))
                ? n.substring(space + 1).strip() : name;
    }

    /**
     * The mention with its text and canonical name on one line, words one blank apart: a name broken across the
     * lines of a page ("Medical College of&#10;        Kim Il Sung University") is the name, and a profile or alias
     * that kept the break would be a second spelling of it no one types. Nor is the full stop of the sentence a name
     * ends ("... visited the Taedonggang Fruit Farm."): a last word that is no abbreviation ({@code
     * name-abbreviations}: "Co.", "Jr.") nor a run of initials ("U.S.", "D.C.") leaves its stop.
     */
    static Entity oneLine(Entity e) {
        String text = e.text() == null ? null : withoutFullStop(SPACES.matcher(e.text().strip()).replaceAll(" "));
        String canonical = e.canonical() == null ? null : withoutFullStop(SPACES.matcher(e.canonical().strip()).replaceAll(" "));
        if (Objects.equals(text, e.text()) && Objects.equals(canonical, e.canonical())) return e;
        return new Entity(text, e.type(), e.start(), e.end(), canonical, e.country(), e.sector(), e.role(), e.sentence());
    }

    /** The name less a sentence's full stop after its last word, which must be a word of two letters or more. */
    static String withoutFullStop(String name) {
        if (!name.endsWith(".")) return name;
        String last = name.substring(name.lastIndexOf(' ') + 1, name.length() - 1);
        // a word, hyphenated or not ("Farm", "Al-Assad"); "U.S" or "SDN.BHD" hold stops of their own: initials
        boolean word = last.length() >= 2 && last.indexOf('.') < 0 && last.chars().anyMatch(Character::isLetter);
        return word && !NAME_ABBREVIATIONS.contains(last.toLowerCase(Locale.ROOT)) ? name.substring(0, name.length() - 1) : name;
    }

    /**
     * True when a text is the name followed by more words of a longer proper name ("Kim Il Sung University"). The name
     * must end where a word of the text ends: "Russian" or "Koreans" grow a word by a suffix, which makes an adjective
     * or a people of the name, not something named after it. The name's words may be written joined or hyphenated
     * ("Kimilsung University", "Kim Il-sung University") as its spellings are.
     */
    static boolean extendsName(String text, String name) {
        String n = wordKey(withoutArticle(name));
        if (n.isEmpty() || !text.strip().startsWith(name.strip().split("\\s+")[0])) return false;
        String[] words = NOT_NAME.split(withoutArticle(text));
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < words.length - 1 && prefix.length() < n.length(); i++) {
            prefix.append(wordKey(words[i]));
            if (prefix.toString().equals(n)) return true;
        }
        return false;
    }

    /** True when a text has a word of the name (a person's alias or mention must). */
    static boolean sharesNameWord(String text, String name) {
        Set<String> words = new HashSet<>(List.of(NOT_NAME.split(name.toLowerCase(Locale.ROOT))));
        for (String w : NOT_NAME.split(text.toLowerCase(Locale.ROOT))) {
            if (w.length() > 1 && words.contains(w)) return true;
        }
        return false;
    }
}
