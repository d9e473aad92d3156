package org.dateline.core.read.draft;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.dateline.core.resources.ResourceFile;

/**
 * News agencies by the names bylines give them ("The Associated Press", "Agence France-Presse", "(AFP)"), from
 * {@code agency-names.txt}, each mapped to the one name datelines and {@code agency-hosts.txt} use. A wire story's
 * credit says whose report it is, not who wrote it: the readers file it as the article's agency, never as an author.
 */
public final class Agencies {
    private static final Map<String, String> NAMES = Map.copyOf(ResourceFile.keyValues(Agencies.class, "agency-names.txt"));
    /** Names this long are matched at the end of a longer credit; shorter ones ("AP") only alone. */
    private static final int TRAILING_MIN = 6;

    private Agencies() {}

    /** The agency that {@code credit} names as a whole ("By Reuters", "(AFP)", "the Associated Press."); empty otherwise. */
    public static Optional<String> named(String credit) {
        if (credit == null) return Optional.empty();
        String key = credit.replace('\u00a0', ' ').strip()
                .replaceFirst("(?i)^by\\s+", "")
                .replaceAll("^[\\s(\\[]+|[\\s)\\].,:;]+$", "")
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return Optional.ofNullable(NAMES.get(key));
    }

    /** The agency's one name for {@code name} as a dateline gives it ("Associated Press" -> AP), else {@code name} as it is; null stays null. */
    public static String canonical(String name) {
        return name == null ? null : named(name).orElse(name);
    }

    /**
     * Where an agency's full name begins at the end of {@code credit} after a person's ("John Doe The Associated
     * Press" -> the index of "The"), or -1 when the credit ends in no agency name.
     */
    public static int trailingAt(String credit) {
        String lower = credit.toLowerCase(Locale.ROOT).replaceAll("[\\s.,]+$", "");
        int best = -1;
        for (String name : NAMES.keySet()) {
            if (name.length() < TRAILING_MIN || !lower.endsWith(" " + name)) continue;
            int at = lower.length() - name.length();
            if (best < 0 || at < best) best = at;
        }
        return best;
    }
}
