package org.dateline.core.connect;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counts a report's clause gives, each with the words it counts: "seized 357 kg of hashish and 7 smugglers" is
 * 357 of "kg" and 7 of "smugglers". Two reports of one happening give the same count of the same thing, or one
 * leaves it out; two seizures of the same drug by the same police, or two days' arrests of the same people, give
 * different counts, and that tells them apart when their words and participants alike do not.
 *
 * <p>A count is a number in digits ("1.1", "2,500") or in words ("six", "two dozen"); what it counts is the next
 * two words that are not stop words, up to the next number ("357 kg of hashish": "kg" and "hashish"). A number after a month name is a day ("August 24"), a
 * four-digit number from 1800 to 2100 a year, and a score such as "4:0" no count. Cached per report; not
 * thread-safe, like the merger that owns it.
 */
final class Quantities {
    private static final Map<String, Double> NUMBER_WORDS = numberWords();
    private static final Set<String> MONTHS = ConnectWords.get("month-words");
    private static final Set<String> STOP = ConnectWords.get("happening-stop-words");

    private final Map<EventMention, Map<String, Set<Double>>> cache = new IdentityHashMap<>();

    /** True when both reports count something by the same word and no count of it agrees. */
    boolean disagree(EventMention a, EventMention b) {
        return disagree(of(a), of(b));
    }

    static boolean disagree(Map<String, Set<Double>> a, Map<String, Set<Double>> b) {
        for (Map.Entry<String, Set<Double>> e : a.entrySet()) {
            Set<Double> other = b.get(e.getKey());
            if (other == null) continue;
            Set<Double> shared = new HashSet<>(e.getValue());
            shared.retainAll(other);
            if (shared.isEmpty()) return true;
        }
        return false;
    }

    private Map<String, Set<Double>> of(EventMention m) {
        return cache.computeIfAbsent(m, x -> counts(Tellings.words(Tellings.clause(x))));
    }

    /** Each counted word of a clause's words with the counts given of it. */
    static Map<String, Set<Double>> counts(List<String> words) {
        Map<String, Set<Double>> out = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            Double n = value(words.get(i));
            if (n == null || (i > 0 && (MONTHS.contains(words.get(i - 1)) || value(words.get(i - 1)) != null))) continue;
            if (n >= 1800 && n <= 2100 && n == Math.floor(n)) continue;
            int j = i + 1;
            for (; j < words.size() && value(words.get(j)) != null; j++) n *= value(words.get(j));
            for (int taken = 0; j < words.size() && taken < 2 && value(words.get(j)) == null; j++) {
                String w = words.get(j);
                if (STOP.contains(w)) continue;
                out.computeIfAbsent(w, x -> new HashSet<>()).add(n);
                taken++;
            }
        }
        return out;
    }

    static boolean isNumber(String word) { return value(word) != null; }

    private static Double value(String word) {
        if (word.indexOf(':') >= 0) return null;
        Double named = NUMBER_WORDS.get(word);
        if (named != null) return named;
        if (!word.matches("\\d[\\d,]*(\\.\\d+)?")) return null;
        try {
            return Double.parseDouble(word.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, Double> numberWords() {
        Map<String, Double> out = new HashMap<>();
        for (String entry : ConnectWords.get("number-words")) {
            String[] kv = entry.split("=", 2);
            out.put(kv[0], Double.parseDouble(kv[1]));
        }
        return out;
    }
}
