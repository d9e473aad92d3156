package org.dateline.core.connect;

import java.util.Set;

/**
 * Names of happenings that the events stage codes as participants: "the Ulji Freedom Guardian joint military
 * exercises", "the Foal Eagle drills". Such a name is written before a head noun of a happening ({@code
 * named-happening-nouns}), at most a few lower-case words after it, somewhere in the article. A happening is no party:
 * when it is coded with a state's code it stands for no person or body of that state, and the state beside it is
 * still a party of its own ({@link EventMention#statesOfTheirPeople}).
 */
final class NamedHappenings {
    private static final Set<String> HAPPENING_NOUNS = ConnectWords.get("named-happening-nouns");
    /** Lower-case words read after a name for its head noun ("joint military exercises": three). */
    static final int HEAD_REACH = 4;

    private NamedHappenings() {}

    /** True when the text writes the name before a head noun of a happening. */
    static boolean names(String name, String text) {
        if (name == null || name.isBlank() || text == null) return false;
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (headedByHappening(text, at + name.length())) return true;
        }
        return false;
    }

    /**
     * True when two reports both write, in their own sentences, one participant of both their keys as the name of a
     * happening ("the Northern Shield drills", "Northern Shield war games"): the name says which occasion both tell,
     * as a visitor and the place visited do ({@link DeedEvidence}), however else their words tell it ("began",
     * "being staged"). A name the sentences write as no happening's ("talks with the Northern Command") is no such tie.
     */
    static boolean sharedBy(EventMention a, EventMention b) {
        for (String n : a.key()) {
            if (!b.key().contains(n)) continue;
            if (names(n, a.mention().sentence()) && names(n, b.mention().sentence())) return true;
        }
        return false;
    }

    /** True when a happening noun follows within {@link #HEAD_REACH} lower-case words of a position. */
    private static boolean headedByHappening(String text, int from) {
        int i = from;
        for (int n = 0; n < HEAD_REACH; n++) {
            int start = i;
            while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '"')) start++;
            if (start == i || start >= text.length() || !Character.isLowerCase(text.charAt(start))) return false;
            int end = start;
            while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) end++;
            if (HAPPENING_NOUNS.contains(text.substring(start, end))) return true;
            i = end;
        }
        return false;
    }
}
