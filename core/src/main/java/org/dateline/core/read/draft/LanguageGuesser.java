package org.dateline.core.read.draft;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.resources.ResourceFile;

/**
 * A small language guess: writing system first, then the share of each language's commonest words. It only has
 * to tell English from the rest reliably, so that non-English articles are stored and marked but not sent
 * through English NLP.
 */
public final class LanguageGuesser {
    private static final Map<String, Set<String>> STOPWORDS = stopwords();
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private LanguageGuesser() {}

    /** ISO 639-1 code, or "und" when there is too little text to tell. */
    public static String guess(String text) {
        if (text == null || text.isBlank()) return "und";
        int latin = 0, hangul = 0, kana = 0, han = 0, cyrillic = 0, arabic = 0;
        int limit = Math.min(text.length(), 20_000);
        for (int i = 0; i < limit; i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(text.charAt(i));
            switch (s) {
                case LATIN -> latin++;
                case HANGUL -> hangul++;
                case HIRAGANA, KATAKANA -> kana++;
                case HAN -> han++;
                case CYRILLIC -> cyrillic++;
                case ARABIC -> arabic++;
                default -> { }
            }
        }
        int letters = latin + hangul + kana + han + cyrillic + arabic;
        if (letters < 20) return "und";
        if (hangul > letters / 4) return "ko";
        if (kana > letters / 10) return "ja";
        if (han > letters / 3) return "zh";
        if (cyrillic > letters / 2) return "ru";
        if (arabic > letters / 2) return "ar";
        if (latin < letters / 2) return "und";
        Map<String, Integer> hits = new HashMap<>();
        Matcher m = WORD.matcher(text.length() > limit ? text.substring(0, limit) : text);
        int words = 0;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            words++;
            STOPWORDS.forEach((lang, set) -> { if (set.contains(w)) hits.merge(lang, 1, Integer::sum); });
        }
        String best = hits.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("und");
        return words < 5 ? "und" : best;
    }

    private static Map<String, Set<String>> stopwords() {
        ResourceFile.WordSets lists = ResourceFile.wordSets(LanguageGuesser.class, "stopwords.txt");
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String language : lists.names()) out.put(language, lists.get(language));
        return Map.copyOf(out);
    }
}
