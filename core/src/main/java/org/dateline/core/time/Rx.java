package org.dateline.core.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds rule patterns from templates whose {@code {NAME}} slots are filled with word-list alternations, so the
 * rules read like grammar and the vocabulary stays in the resource files.
 */
final class Rx {
    private static final Pattern SLOT = Pattern.compile("\\{([A-Z_]+)}");
    private static final String ONES = "(?:one|two|three|four|five|six|seven|eight|nine)";
    private static final String TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
    private static final Map<String, String> SLOTS = slots(Lexicon.get());

    private Rx() {}

    /** Compiles a template case-insensitively. */
    static Pattern compile(String template) {
        Matcher m = SLOT.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String alt = SLOTS.get(m.group(1));
            if (alt == null) throw new IllegalArgumentException("unknown slot " + m.group());
            m.appendReplacement(sb, Matcher.quoteReplacement(alt));
        }
        m.appendTail(sb);
        return Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE);
    }

    private static Map<String, String> slots(Lexicon lx) {
        String words = Lexicon.alternation(lx.numbers.keySet());
        String number = "(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+[1-3]/[2-4])?";
        String wordNumber = "(?:" + TENS + "[\\s-]+" + ONES + "|" + words + ")";
        String num = "(?:(?:" + number + "|" + wordNumber + ")(?:\\s+and\\s+(?:a\\s+)?half)?|half\\s+an?)";
        List<String> fullMonths = new ArrayList<>();
        List<String> shortMonths = new ArrayList<>();
        for (String k : lx.months.keySet()) {
            boolean full = k.length() > 4 || k.equals("may") || k.equals("june") || k.equals("july");
            (full ? fullMonths : shortMonths).add(k);
        }
        return Map.ofEntries(
                Map.entry("MONTH", "(?:" + Lexicon.alternation(fullMonths) + "\\b|" + Lexicon.alternation(shortMonths)
                        + "\\b\\.?)"),
                Map.entry("WEEKDAY", Lexicon.alternation(lx.weekdays.keySet()) + "\\b"),
                Map.entry("NUM", num),
                Map.entry("UNIT", "(?:(?:trading|business|working|calendar|full)\\s+)?"
                        + Lexicon.alternation(lx.unitWords()) + "\\b"),
                Map.entry("ORD", Lexicon.alternation(lx.ordinals.keySet())),
                Map.entry("SEASON", Lexicon.alternation(lx.seasons.keySet()) + "\\b"),
                Map.entry("POD", Lexicon.alternation(lx.partsOfDay.keySet()) + "\\b"),
                Map.entry("YEAR", "(?:1[6-9]\\d\\d|20\\d\\d)\\b"),
                Map.entry("DAY", "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?\\b"),
                Map.entry("REF", Lexicon.alternation(lx.references.keySet()) + "\\b"),
                Map.entry("FREQ", Lexicon.alternation(lx.frequencies.keySet()) + "\\b"),
                Map.entry("HOLIDAY", Lexicon.alternation(lx.holidays.keySet()) + "\\b"),
                Map.entry("DURMOD", "(?:about|around|approximately|roughly|some|nearly|almost|more\\s+than|over"
                        + "|less\\s+than|under|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|within|no\\s+more\\s+than"
                        + "|no\\s+less\\s+than|just|only|barely|well\\s+over|more\\s+or\\s+less)"));
    }

    /** TimeML mod for an approximating word placed before an expression. */
    static String durMod(String word) {
        if (word == null) return null;
        String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (w) {
            case "about", "around", "approximately", "roughly", "some", "more or less" -> "APPROX";
            case "nearly", "almost", "less than", "under", "fewer than", "barely" -> "LESS_THAN";
            case "more than", "over", "well over" -> "MORE_THAN";
            case "at least", "no less than" -> "EQUAL_OR_MORE";
            case "at most", "up to", "within", "no more than" -> "EQUAL_OR_LESS";
            default -> null;
        };
    }

    /** TimeML-style mod for "early", "mid", "late", "the end of"... (EARLY/MID/LATE as the project's gold uses). */
    static String partMod(String word) {
        if (word == null) return null;
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ").strip();
        if (w.startsWith("the ")) w = w.substring(4);
        if (w.endsWith(" of")) w = w.substring(0, w.length() - 3).strip();
        return switch (w) {
            case "early", "beginning", "start", "the beginning", "the start" -> "EARLY";
            case "mid", "middle", "the middle" -> "MID";
            case "late", "end", "the end", "close" -> "LATE";
            default -> null;
        };
    }
}
