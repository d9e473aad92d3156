package org.dateline.core.connect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The titles of the works a report tells of: 'posted an article titled "Always Remembered by Humankind"', 'sent a
 * letter "Children of the Martyrs Should Become the Backbone"'. A committee that posts two articles on one day, a
 * paper that carries two of its pieces in a week, did two things, and their reports share the poster, the day and
 * the words of posting; only the titles tell the works apart. Two reports disagree when each gives a title and no
 * title of one is a title of the other. A title is compared by its words, in any order: one translation writes
 * "Iron-willed Commander Kim", another "Kim, Iron-willed Commander". A title is a quotation that opens with a capital
 * and has a noun of a work ({@code work-nouns}) or a word that announces a title ({@code title-words}) among the
 * {@link #REACH} words before it; other quotation marks are the agency's scare quotes. Read in the report's sentence,
 * where the work stands beside the deed. Cached per report; not thread-safe, like the merger that owns it.
 */
final class WorkTitles {
    private static final Set<String> WORKS = ConnectWords.get("work-nouns");
    private static final Set<String> ANNOUNCING = ConnectWords.get("title-words");
    /** Words before a quotation among which its work noun or "titled" stands: 'an article on Monday "..."'. */
    static final int REACH = 4;
    /** How much of two titles' words must be shared (Jaccard) for them to be one title told in other words. */
    static final double SAME_TITLE = 0.6;
    private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"“”]{3,200})[\"”]");

    private final Map<EventMention, List<Set<String>>> cache = new IdentityHashMap<>();

    /** True when both reports give titles and none of one is a title of the other. */
    boolean disagree(EventMention a, EventMention b) {
        List<Set<String>> x = of(a), y = of(b);
        if (x.isEmpty() || y.isEmpty()) return false;
        for (Set<String> t : x) for (Set<String> u : y) if (same(t, u)) return false;
        return true;
    }

    private List<Set<String>> of(EventMention m) {
        return cache.computeIfAbsent(m, x -> titles(x.mention().sentence()));
    }

    /** The titles a sentence gives, each as the set of its lower-case words. */
    static List<Set<String>> titles(String sentence) {
        List<Set<String>> out = new ArrayList<>();
        if (sentence == null) return out;
        Matcher q = QUOTED.matcher(sentence);
        while (q.find()) {
            String title = q.group(1).strip();
            if (title.isEmpty() || !Character.isUpperCase(title.charAt(0))) continue;
            List<String> before = Tellings.words(sentence.substring(Math.max(0, q.start() - 80), q.start()));
            boolean announced = false;
            for (int i = Math.max(0, before.size() - REACH); i < before.size(); i++) {
                String w = before.get(i);
                announced |= WORKS.contains(w) || ANNOUNCING.contains(w);
            }
            if (announced) out.add(new HashSet<>(Tellings.words(title)));
        }
        return out;
    }

    static boolean same(Set<String> a, Set<String> b) {
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return !all.isEmpty() && shared.size() >= SAME_TITLE * all.size();
    }
}
