package org.dateline.core.connect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The acronyms a text spells out: "the summit of the Asia Pacific Economic Cooperation" names what another report
 * calls "the APEC summit", "the Workers' Party of Korea" the "WPK". An occasion recalled without a date is tied to
 * another report by its name ({@link HappeningWords#sharesName}); written once in full and once by its initials, it
 * is still one name, which its words alone do not show.
 *
 * <p>A name is a run of capitalised words, which may hold the small words of a name ({@code name-inner-words}: "of",
 * "and"); a hyphen parts two words ("Asia-Pacific"). Its acronym is the initials of its capitalised words, with or
 * without those of the small words ("GSOMIA" for the "General Security of Military Information Agreement"), and of
 * any run of two or more of them that begins and ends on a capitalised word ("Party of Korea" in a longer title).
 * Only acronyms of {@link #SHORTEST} to {@link #LONGEST} letters are spelt: two initials are too many names' ("the
 * UN", "the US" and every "Lee Myung" in a text).
 */
final class Acronyms {
    private static final Set<String> INNER = ConnectWords.get("name-inner-words");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+|[^\\p{L}\\s-]+");
    static final int SHORTEST = 3;
    static final int LONGEST = 8;

    private Acronyms() {}

    /** The acronyms, in lower case, of the names a text writes in full. */
    static Set<String> spelt(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) return out;
        List<List<String>> runs = runs(text);
        for (List<String> run : runs) {
            for (int i = 0; i < run.size(); i++) {
                if (!capitalised(run.get(i))) continue;
                for (int j = i + 1; j < run.size(); j++) {
                    if (!capitalised(run.get(j))) continue;
                    add(out, run.subList(i, j + 1), false);
                    add(out, run.subList(i, j + 1), true);
                }
            }
        }
        return out;
    }

    /** The acronyms a text writes, in lower case: its words in capitals only ("APEC"). */
    static Set<String> written(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) return out;
        Matcher m = WORD.matcher(text);
        while (m.find()) if (isAcronym(m.group())) out.add(m.group().toLowerCase(Locale.ROOT));
        return out;
    }

    /** True when a word is written as an acronym: capital letters only, {@link #SHORTEST} or more. */
    static boolean isAcronym(String word) {
        if (word.length() < SHORTEST || word.length() > LONGEST) return false;
        for (int i = 0; i < word.length(); i++) if (!Character.isUpperCase(word.charAt(i))) return false;
        return true;
    }

    private static void add(Set<String> out, List<String> words, boolean withInner) {
        StringBuilder b = new StringBuilder();
        for (String w : words) if (capitalised(w) || withInner) b.append(w.charAt(0));
        if (b.length() >= SHORTEST && b.length() <= LONGEST) out.add(b.toString().toLowerCase(Locale.ROOT));
    }

    /** Runs of capitalised words and the small words between them; a word in capitals only is an acronym, no run's. */
    private static List<List<String>> runs(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            boolean letters = Character.isLetter(w.charAt(0));
            if (letters && capitalised(w) && !isAcronym(w)) {
                run.add(w);
            } else if (letters && !run.isEmpty() && INNER.contains(w.toLowerCase(Locale.ROOT)) && !capitalised(w)) {
                run.add(w);
            } else if (!(w.equals("'") || w.equals("’"))) {
                close(out, run);
                run = new ArrayList<>();
            }
        }
        close(out, run);
        return out;
    }

    private static void close(List<List<String>> out, List<String> run) {
        while (!run.isEmpty() && !capitalised(run.get(run.size() - 1))) run.remove(run.size() - 1);
        if (run.size() >= 2) out.add(run);
    }

    private static boolean capitalised(String w) { return Character.isUpperCase(w.charAt(0)); }
}
