package org.dateline.core.connect;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The titles a sentence describes its participants by: an office ({@code title-roles}) followed by "of" and the
 * capitalised name of the body or state it is held in: "international secretary of the Central Committee of the
 * French Revolutionary Communist League", "Supreme Commander of the Korean People's Army", "president of the
 * Presidium of the Supreme People's Assembly", "president of Fiji".
 *
 * <p>Such a title tells who a participant is, as the participant's name does ({@link HappeningWords} leaves names
 * out), not what happened: an agency repeats it in every report of the same person, whether he laid flowers on
 * Saturday or sent a gift on Friday, so it is no evidence that two reports tell one happening. The office and the
 * body's name go; a place the deed happened at ("visited the Thaesong Machine Plant") has no office before it and
 * stays.
 */
final class TitleWords {
    private static final Set<String> ROLES = ConnectWords.get("title-roles");
    /** A capitalised word, possibly with an apostrophe or a hyphen ("People's", "Pan-national", "DPRK"). */
    private static final String CAP = "\\p{Lu}[\\p{L}'’.-]*";
    /** The name after "of": capitalised words, joined by lower-case "of", "the", "and", "for". */
    private static final Pattern OF_NAME = Pattern.compile(
            "\\s+of\\s+(?:the\\s+)?" + CAP + "(?:\\s+(?:(?:of|the|and|for)\\s+)*" + CAP + ")*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}-]+");

    /** "as" or "as the" right before an office: "his election as the general secretary of the party". */
    private static final Pattern AS_BEFORE = Pattern.compile("(?i)\\bas\\s+(?:(?:the|a|an|new|first)\\s+)*$");

    private TitleWords() {}

    /** A name and a comma, then at most two lower-case modifiers of an office: "Ivo Marek, international ". */
    private static final Pattern APPOSITION = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*,\\s+(?:[\\p{Ll}-]+\\s+){0,2}$");

    /**
     * True when the office describes someone the sentence names: written with a capital ("Supreme Commander of the
     * army", "President of Fiji"), as a title is, or in apposition after a name ("Ivo Marek, international secretary
     * of the League"). "The death of the former president of Velmar" is written as a common noun: the office is
     * whose death, what happened.
     */
    static boolean describes(String sentence, Matcher role) {
        if (Character.isUpperCase(role.group().charAt(0)) && role.start() > 0) return true;
        int from = Math.max(0, role.start() - 60);
        return APPOSITION.matcher(sentence.substring(from, role.start())).find();
    }

    /**
     * True when the office is what the deed is about, not a description of its doer: "elected as general secretary
     * of the party", "his appointment as prime minister of Algeria". The office after "as" is the happening.
     */
    static boolean predicate(String sentence, int roleStart) {
        int from = Math.max(0, roleStart - 40);
        String before = sentence.substring(from, roleStart);
        // the modifiers of the office ("as the first vice-chairman") stand between "as" and it
        return AS_BEFORE.matcher(before.replaceAll("[\\p{Ll}-]+\\s+$", "")).find() || AS_BEFORE.matcher(before).find();
    }

    /** The sentence with each title and the name it is held in replaced by a space. */
    static String without(String sentence) {
        if (sentence == null || sentence.isEmpty()) return sentence;
        StringBuilder out = new StringBuilder(sentence.length());
        Matcher w = WORD.matcher(sentence);
        int copied = 0;
        while (w.find()) {
            if (w.start() < copied || !ROLES.contains(w.group().toLowerCase(Locale.ROOT))) continue;
            Matcher of = OF_NAME.matcher(sentence).region(w.end(), sentence.length());
            if (!of.lookingAt() || predicate(sentence, w.start()) || !describes(sentence, w)) continue;
            out.append(sentence, copied, w.start()).append(' ');
            copied = of.end();
        }
        return out.append(sentence, copied, sentence.length()).toString();
    }
}
