package org.dateline.core.connect;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a participant that names someone ("Kim Jong Un", "Korean People's Army", "South Korea") from one that only
 * describes ("unidentified attackers", "several soldiers", "the army", "Police", "people of Japan"). Two reports of
 * "unidentified attackers" are two attacks until something specific ties them: a described participant never keys
 * an event merge by itself.
 *
 * <p>A name is generic when its head (the last word before any "of ...") is a common noun of
 * {@code generic-heads} and every word before the head is lower case or one of {@code generic-modifiers}: "the
 * army" and "Unidentified gunmen" are generic, "Korean People's Army" and "United States" are not (a capitalised
 * word there names which army, which states). What follows "of" never makes it a name: "people of Japan" are not
 * anyone in particular. A name that opens with a negative quantifier ({@code negative-quantifiers}: "No army in
 * the world", "Nobody") denies that anyone is meant, so it is generic whatever its head.
 */
final class GenericParticipants {
    private static final Set<String> HEADS = ConnectWords.get("generic-heads");
    private static final Set<String> MODIFIERS = ConnectWords.get("generic-modifiers");
    private static final Set<String> NEGATIVE = ConnectWords.get("negative-quantifiers");
    // compiled once: every participant of every report is asked, and String.split / replaceAll compile anew each call
    private static final Pattern OF = Pattern.compile("(?i)\\s+of\\s+"), SPACES = Pattern.compile("\\s+"),
            NON_LETTERS = Pattern.compile("[^\\p{L}]");

    private GenericParticipants() {}

    /**
     * True when the name's head is a common noun of {@code generic-heads}, whatever stands before it: "24 Pakistani
     * troops", "Israeli soldiers", "the Korean People's Army" are people or a body of a state, told by its kind.
     */
    static boolean hasGenericHead(String name) {
        if (name == null || name.isBlank()) return false;
        String[] words = SPACES.split(OF.split(name.strip(), 2)[0]);
        return HEADS.contains(NON_LETTERS.matcher(words[words.length - 1].toLowerCase(Locale.ROOT)).replaceAll(""));
    }

    /** True when the name only describes its participant. */
    static boolean isGeneric(String name) {
        if (name == null || name.isBlank()) return true;
        String phrase = OF.split(name.strip(), 2)[0];
        String[] words = SPACES.split(phrase);
        if (NEGATIVE.contains(words[0].toLowerCase(Locale.ROOT))) return true;
        String head = NON_LETTERS.matcher(words[words.length - 1].toLowerCase(Locale.ROOT)).replaceAll("");
        if (phrase.equals(phrase.toLowerCase(Locale.ROOT))) return true;
        if (!HEADS.contains(head)) return false;
        for (int i = 0; i < words.length - 1; i++) {
            String w = words[i];
            if (!w.equals(w.toLowerCase(Locale.ROOT)) && !MODIFIERS.contains(w.toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }
}
