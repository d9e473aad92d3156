package org.dateline.core.connect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a sentence spends on naming its participants, as it writes them: the words of the names the event coder
 * gave ({@link HappeningWords} leaves those out, as they are compared as keys), and the rest of a body's name the
 * coder cut short. "The Nigerian National Committee for the Study of the Juche Idea" is coded "National Committee";
 * "Nigerian" before it and "Study", "Juche", "Idea" after it still name the committee, not what it did. Two reports
 * of one body's statement and of its posting a week later share all of them, and, read as words of the happening,
 * they tie the two deeds as a rare place name would: they tell who, which the keys already say.
 *
 * <p>A name is lengthened only when its head noun makes it a body ({@code name-continued-heads}: "Committee",
 * "Group", "Association"): after the head only through {@code name-continuing-links} ("for", "of") and an article to
 * capitalised words ("the Swiss Group for the Study of the Juche Idea"; "Kim Yong Nam in Pyongyang" keeps its place),
 * before it by the capitalised words glued to it ("the Nigerian National Committee"), never past the sentence's
 * first word. A word written with hyphens whose parts are all words of a name ("Switzerland-Korea", of
 * the name "Switzerland-Korea Committee") is a word of that name too.
 */
final class WrittenNames {
    private static final Set<String> BODY_HEADS = ConnectWords.get("name-continued-heads");
    private static final Set<String> LINKS = ConnectWords.get("name-continuing-links");
    private static final Set<String> ARTICLES = ConnectWords.get("articles");
    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}|\\p{L}");
    /** Shorter names than this are not looked for in the sentence: an initial or a two-letter code matches anywhere. */
    static final int MIN_NAME_LENGTH = 3;

    private WrittenNames() {}

    /** The lower-case words of the names given, split at every character that is not a letter. */
    static Set<String> split(Collection<String> names) {
        Set<String> out = new HashSet<>();
        for (String n : names) {
            if (n == null) continue;
            for (String w : n.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (!w.isEmpty()) out.add(w);
        }
        return out;
    }

    /**
     * The lower-case words of the sentence that name the participants: those of the names given ({@link #split}) and
     * those the sentence writes around a name to make a body's whole name.
     */
    static Set<String> in(String sentence, Collection<String> names) {
        Set<String> out = split(names);
        if (sentence == null) return out;
        List<int[]> tokens = tokens(sentence);
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (String n : names) {
            if (n == null || n.length() < MIN_NAME_LENGTH) continue;
            String name = n.toLowerCase(Locale.ROOT);
            for (int at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
                int first = tokenAt(tokens, at), last = tokenAt(tokens, at + name.length() - 1);
                // the name as a whole word run, not inside a longer word ("Kim" in "Kimchaek")
                if (first < 0 || last < 0 || tokens.get(first)[0] != at || tokens.get(last)[1] != at + name.length()) continue;
                lengthen(sentence, tokens, first, last, out);
            }
        }
        return out;
    }

    /** True when a word of a sentence is a word of a name: one of {@code nameWords}, or hyphened parts all of them. */
    static boolean isNameWord(String word, Set<String> nameWords) {
        if (nameWords.contains(word)) return true;
        if (word.indexOf('-') < 0) return false;
        for (String part : word.split("-")) if (!part.isEmpty() && !nameWords.contains(part)) return false;
        return true;
    }

    private static void lengthen(String sentence, List<int[]> tokens, int first, int last, Set<String> out) {
        // a person's name is left as coded: the capitals before it are his titles ({@link TitleWords}) or another
        // participant's ("Ugandan President"), which one report of the sentence codes and the other does not
        if (!BODY_HEADS.contains(word(sentence, tokens.get(last)).toLowerCase(Locale.ROOT))) return;
        for (int i = first - 1; i >= 1; i--) {
            String w = word(sentence, tokens.get(i));
            if (!capitalised(w) || !adjacent(sentence, tokens.get(i), tokens.get(i + 1))) break;
            out.add(w.toLowerCase(Locale.ROOT));
        }
        int i = last + 1;
        while (i < tokens.size()) {
            int j = i;
            if (!LINKS.contains(word(sentence, tokens.get(j)))) break;
            j++;
            if (j < tokens.size() && ARTICLES.contains(word(sentence, tokens.get(j)))) j++;
            int k = j;
            while (k < tokens.size() && capitalised(word(sentence, tokens.get(k)))) {
                out.add(word(sentence, tokens.get(k)).toLowerCase(Locale.ROOT));
                k++;
            }
            if (k == j) break;
            i = k;
        }
    }

    /** True when only blanks stand between two tokens: "Nigerian National", not "Nigeria, National". */
    private static boolean adjacent(String sentence, int[] a, int[] b) {
        return sentence.substring(a[1], b[0]).isBlank();
    }

    private static boolean capitalised(String w) { return !w.isEmpty() && Character.isUpperCase(w.charAt(0)); }

    private static String word(String sentence, int[] t) { return sentence.substring(t[0], t[1]); }

    private static List<int[]> tokens(String sentence) {
        List<int[]> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) out.add(new int[] {m.start(), m.end()});
        return out;
    }

    /** The index of the token covering a character, or -1 when it falls between tokens. */
    private static int tokenAt(List<int[]> tokens, int at) {
        for (int i = 0; i < tokens.size(); i++) if (tokens.get(i)[0] <= at && at < tokens.get(i)[1]) return i;
        return -1;
    }
}
