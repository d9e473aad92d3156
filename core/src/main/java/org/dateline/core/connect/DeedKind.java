package org.dateline.core.connect;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The kind of deed a report tells, as far as what makes two reports one deed goes ({@link DeedEvidence}): a message
 * is one by its sender, its addressee and its day; a visit by its visitor and where it went; a meeting by who met whom
 * and on which day; a military act by its actor and its place or day; anything else only by its words.
 *
 * <p>Read from the report's trigger, else from the words of its clause ({@link Tellings#clause}; not the words after
 * it, where a title "to Meet the Requirements" or the object of another deed may stand), the kinds tried in the order of this enum: "received a message of greeting" is a message, not a
 * reception; "visited the front unit to inspect the drill" is a visit. The words are data ({@code deed-*-words}).
 * The movements of a trip ({@code trip-movement-verbs}: "arrived", "left") are a visit by their trigger only: "left
 * five wounded" leaves no one's trip.
 */
enum DeedKind {
    MESSAGE("deed-message-words"),
    VISIT("deed-visit-words"),
    MEETING("deed-meeting-words"),
    MILITARY("deed-military-words"),
    /** No kind whose evidence is known: two such reports are one deed only by their words. */
    OTHER(null);

    private static final Set<String> MOVEMENT = ConnectWords.get("trip-movement-verbs");
    private static final Set<String> OBJECTS = ConnectWords.get("deed-object-families");
    private static final Set<String> SUBORDINATORS = ConnectWords.get("clause-subordinators");
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]*");
    private final Set<String> words;

    DeedKind(String list) {
        this.words = list == null ? Set.of() : ConnectWords.get(list);
    }

    /** True when a word names this kind of deed ({@code deed-*-words}). */
    boolean names(String word) { return words.contains(word); }

    /** The kind of a report's deed. */
    static DeedKind of(EventMention m) {
        String trigger = m.event().trigger() == null ? "" : m.event().trigger().toLowerCase(Locale.ROOT);
        return fitting(of(trigger, mainClause(lowerWords(Tellings.clause(m)))), m.family());
    }

    /**
     * The words before the first that opens a subordinate clause ({@code clause-subordinators}): "arrested him when
     * he crossed the line after visiting the city" is an arrest, whatever the visit its "after" clause tells.
     */
    static List<String> mainClause(List<String> words) {
        for (int i = 1; i < words.size(); i++) if (SUBORDINATORS.contains(words.get(i))) return words.subList(0, i);
        return words;
    }

    /**
     * The kind, unless the report's family is one whose deed proposes, demands or refuses something ({@code
     * deed-object-families}): there a visit, talks or drills are what is proposed or demanded, not the deed. "Offered
     * talks" is an offer, "demanded a halt to the drills" a demand, and each is told apart by its words.
     */
    static DeedKind fitting(DeedKind kind, String family) {
        String f = family == null ? "" : family.toLowerCase(Locale.ROOT);
        return kind != MESSAGE && OBJECTS.contains(f) ? OTHER : kind;
    }

    /**
     * The words of a clause written in lower case: a capitalised word is a name or a title's ("a work titled 'On
     * Meeting the Requirements'"), not the deed's.
     */
    static List<String> lowerWords(String clause) {
        List<String> out = new java.util.ArrayList<>();
        for (String w : Tellings.words(clause == null ? "" : CAPITALISED.matcher(clause).replaceAll(" "))) out.add(w);
        return out;
    }

    /** The kind told by a trigger (lower case) and the words of its clause. */
    static DeedKind of(String trigger, List<String> clause) {
        if (MOVEMENT.contains(trigger)) return VISIT;
        for (DeedKind k : values()) if (k.words.contains(trigger)) return k;
        for (DeedKind k : values()) {
            for (String w : clause) if (k.words.contains(w)) return k;
        }
        return OTHER;
    }
}
