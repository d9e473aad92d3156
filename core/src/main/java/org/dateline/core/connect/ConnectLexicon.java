package org.dateline.core.connect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.dateline.core.resources.ResourceFile;

/**
 * The knowledge the cross-article stage uses, kept in resource files users may edit: event families
 * ({@code event-families.tsv}) and the words that postpone or cancel a plan ({@code plan-changes.txt}).
 */
public final class ConnectLexicon {
    /** A family of event types and whether its participants are interchangeable. */
    public record Family(String name, boolean symmetric) {}

    private final Map<String, Family> families;
    private final List<Map.Entry<String, Pattern>> changes;

    public ConnectLexicon(Map<String, Family> families, List<Map.Entry<String, Pattern>> changes) {
        this.families = Map.copyOf(families);
        this.changes = List.copyOf(changes);
    }

    private static final class Holder {
        static final ConnectLexicon STANDARD = load();
    }

    public static ConnectLexicon standard() { return Holder.STANDARD; }

    static ConnectLexicon load() {
        Map<String, Family> families = new HashMap<>();
        for (String[] f : ResourceFile.rows(ConnectLexicon.class, "event-families.tsv")) {
            if (f.length >= 3) families.put(f[0].toUpperCase(Locale.ROOT), new Family(f[1], f[2].equals("symmetric")));
        }
        List<Map.Entry<String, Pattern>> changes = new ArrayList<>();
        List<String[]> rows = ResourceFile.rows(ConnectLexicon.class, "plan-changes.txt");
        for (String kind : List.of("postponed", "cancelled")) {
            for (String[] f : rows) {
                if (f.length >= 2 && f[0].equals(kind)) changes.add(Map.entry(kind, phrase(f[1])));
            }
        }
        return new ConnectLexicon(families, changes);
    }

    /** The family of a PLOVER type; an unknown type is a family of its own, directed. */
    public Family family(String type) {
        String t = type == null ? "?" : type.toUpperCase(Locale.ROOT);
        return families.getOrDefault(t, new Family(t, false));
    }

    /** "postponed" or "cancelled" when the text says a plan changed, else empty. */
    public Optional<String> change(String text) {
        if (text == null) return Optional.empty();
        for (Map.Entry<String, Pattern> c : changes) {
            if (c.getValue().matcher(text).find()) return Optional.of(c.getKey());
        }
        return Optional.empty();
    }

    static Pattern phrase(String words) {
        StringBuilder rx = new StringBuilder("\\b");
        for (String w : words.strip().split("\\s+")) {
            if (rx.length() > 2) rx.append("\\s+");
            if (w.endsWith("*")) rx.append(Pattern.quote(w.substring(0, w.length() - 1))).append("\\w*");
            else rx.append(Pattern.quote(w));
        }
        return Pattern.compile(rx.append("\\b").toString(), Pattern.CASE_INSENSITIVE);
    }
}
