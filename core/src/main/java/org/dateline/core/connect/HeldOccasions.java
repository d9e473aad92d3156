package org.dateline.core.connect;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What occasion a report's own sentence says was held, by the noun that names it ({@code held-occasion-kinds}): a
 * show of things ("the stamp exhibition was opened"), a show of performers ("a concert was given"), a gathering of
 * people who speak ("a meeting took place", "a seminar was held"), a contest. An anniversary is marked in one city on
 * one day by an exhibition and by a meeting, often by the same hosts and for the same guest of honour; the sentences
 * share the city, the day and every word of the anniversary, and only what was held tells the two apart. Two reports
 * whose sentences both name held occasions, and no kind of them in common, tell two occasions.
 *
 * <p>The words are read in the report's own sentence up to its full stop ({@link StatedDays#sentenceStart}): the
 * agency joins a round-up's sentences into one paragraph (". , "), and the next sentence's "exhibitions were held
 * elsewhere" is another occasion's. Cached per report; not thread-safe, like the merger that owns it.
 */
final class HeldOccasions {
    private static final Map<String, String> KINDS = ConnectWords.kinds("held-occasion-kinds");
    private final Map<EventMention, Set<String>> cache = new IdentityHashMap<>();

    /** True when both reports' sentences name held occasions and share no kind of them. */
    boolean differ(EventMention a, EventMention b) {
        Set<String> x = of(a), y = of(b);
        return !x.isEmpty() && !y.isEmpty() && Collections.disjoint(x, y);
    }

    private Set<String> of(EventMention m) { return cache.computeIfAbsent(m, HeldOccasions::read); }

    /** The kinds of held occasion the report's own sentence names. */
    static Set<String> read(EventMention m) {
        String body = m.context().body();
        int start = m.mention().start();
        String sentence = m.mention().sentence();
        if (body != null && start >= 0 && start < body.length()) {
            while (start < body.length() - 1 && !Character.isLetterOrDigit(body.charAt(start))) start++;
            sentence = body.substring(StatedDays.sentenceStart(body, start), StatedDays.sentenceEnd(body, start));
        }
        return kindsIn(sentence);
    }

    /** The kinds of held occasion a text names. */
    static Set<String> kindsIn(String text) {
        Set<String> out = new HashSet<>();
        for (String w : Tellings.words(text)) {
            String k = KINDS.get(w);
            if (k != null) out.add(k);
        }
        return out;
    }
}
