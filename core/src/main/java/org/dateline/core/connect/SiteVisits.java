package org.dateline.core.connect;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.language.Gazetteer;
import org.dateline.core.language.GazetteerEntry;

/**
 * Tells the occasions of one stay apart: a delegation "arrived here on Tuesday", then "visited Mangyongdae" and
 * "toured the Kumsusan Memorial Palace". The departure, the stay and the return are one happening; a site visited
 * during the stay is another, and two sites are two. Both kinds are coded alike (the same visitor, the same host
 * state), and their words share the delegation's long name, so only what was visited tells them apart.
 *
 * <p>The site is the name written right after a verb of going to a site ({@code site-visit-verbs}), capitalized
 * words after an optional "the": "visited [Mangyongdae]", "toured the [Kumsusan Memorial Palace]". A state, a
 * capital or a place the gazetteer knows, or a region ({@code region-nouns} closing the name or following it within
 * {@link #REGION_REACH} words: "visited Siberia and the Far East Region") is where the trip went, not a site of it.
 * A report of the trip's movement ({@code trip-movement-verbs} as its trigger: "arrived", "left") names no site.
 * Cached per report; not thread-safe, like the merger that owns it.
 */
final class SiteVisits {
    static final int REGION_REACH = 6;
    private static final Set<String> SITE_VERBS = ConnectWords.get("site-visit-verbs");
    private static final Set<String> MOVEMENT = ConnectWords.get("trip-movement-verbs");
    private static final Set<String> REGIONS = ConnectWords.get("region-nouns");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*|[,;:()]");

    private final Map<EventMention, Optional<String>> cache = new IdentityHashMap<>();

    /** True when one report visits a site and the other moves on the trip, or the two visit two sites. */
    boolean differ(EventMention a, EventMention b) {
        String sa = site(a), sb = site(b);
        if (sa != null && sb != null) return !sa.equals(sb);
        return sa != null && movement(b) || sb != null && movement(a);
    }

    String site(EventMention m) {
        return cache.computeIfAbsent(m, x -> Optional.ofNullable(read(x))).orElse(null);
    }

    static boolean movement(EventMention m) {
        String t = m.event().trigger();
        return t != null && MOVEMENT.contains(t.toLowerCase(Locale.ROOT));
    }

    private static String read(EventMention m) {
        String clause = Tellings.clause(m) + Tellings.tail(m);
        List<String> tokens = new ArrayList<>();
        Matcher t = TOKEN.matcher(clause);
        while (t.find()) tokens.add(t.group());
        for (int i = 0; i < tokens.size(); i++) {
            if (!SITE_VERBS.contains(tokens.get(i).toLowerCase(Locale.ROOT))) continue;
            return siteAfter(tokens, i + 1);
        }
        return null;
    }

    /** The site named from token {@code from} on, or null when none is, or it is a state, a known place or a region. */
    static String siteAfter(List<String> tokens, int from) {
        int i = from;
        if (i < tokens.size() && tokens.get(i).equalsIgnoreCase("the")) i++;
        int start = i;
        while (i < tokens.size() && Character.isUpperCase(tokens.get(i).charAt(0))) i++;
        if (i == start) return null;
        String name = String.join(" ", tokens.subList(start, i));
        for (int j = start; j < Math.min(tokens.size(), i + REGION_REACH); j++) {
            if (REGIONS.contains(tokens.get(j).toLowerCase(Locale.ROOT))) return null;
        }
        if (StateNames.codeOf(name) != null) return null;
        for (GazetteerEntry e : Gazetteer.standard().wholly(name)) {
            if (e.kind() == GazetteerEntry.Kind.COUNTRY || e.kind() == GazetteerEntry.Kind.CAPITAL
                    || e.kind() == GazetteerEntry.Kind.PLACE) return null;
        }
        return name.toLowerCase(Locale.ROOT);
    }
}
