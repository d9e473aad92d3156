package org.dateline.core.connect;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What kind of work a report says was posted or carried ({@code posted-work-kinds}): an article, a leader's work, a
 * book of reminiscences, a poem. A society that posts a leader's work on its homepage one day and an article with his
 * photo the same day did two things: the poster, the day and the words of posting agree, and only what was posted
 * tells the two apart, as only the thing sent tells a message from a wreath ({@link Tokens}). Two reports whose
 * sentences both tell a posting ({@code posting-verbs}: posted, carried, published) and both name kinds of work, and
 * no kind in common, are two postings. A sentence that names no kind ("posted it on its homepage") says nothing either
 * way; so does a sentence of no posting, where "work" is labour and "article" a clause of a treaty. Read in the
 * report's sentence, where the work stands beside the deed. Cached per report; not thread-safe, like the merger that
 * owns it.
 */
final class PostedWorks {
    private static final Map<String, String> KINDS = ConnectWords.kinds("posted-work-kinds");
    private static final Set<String> POSTING = ConnectWords.get("posting-verbs");

    private final Map<EventMention, Set<String>> cache = new IdentityHashMap<>();

    /** True when both reports tell postings of named kinds of work and share no kind. */
    boolean differ(EventMention a, EventMention b) {
        Set<String> x = of(a), y = of(b);
        return !x.isEmpty() && !y.isEmpty() && Collections.disjoint(x, y);
    }

    private Set<String> of(EventMention m) { return cache.computeIfAbsent(m, x -> kindsIn(x.mention().sentence())); }

    /** The kinds of work a sentence says were posted: none unless it tells a posting. */
    static Set<String> kindsIn(String sentence) {
        List<String> words = Tellings.words(sentence);
        Set<String> out = new HashSet<>();
        if (words.stream().noneMatch(POSTING::contains)) return out;
        for (String w : words) {
            String k = KINDS.get(w);
            if (k != null) out.add(k);
        }
        return out;
    }
}
