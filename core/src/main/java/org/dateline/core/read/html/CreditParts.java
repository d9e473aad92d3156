package org.dateline.core.read.html;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One part of a credit, read as a person's name or as no one: "Ken Yu August 3, 2023", "Rachel Moss Writer",
 * "Craig Meyer USA TODAY NETWORK", "Jane Doe, Financial Times" all name one person, once the date, the job, the
 * employer in capitals or the organisation after the name is cut off; "Staff Writer", "Insights from" or the site's
 * own name name no one. {@link Authors} finds where a page credits its writers; this class reads what a credit says.
 */
final class CreditParts {
    /** A capitalised word, or a particle ("van der", "de la") that a further word of the name must follow. */
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'\u2019-]*"
            + "|(?:de|van|von|der|da|di|la|le|bin|al)(?=\\s))){0,4}");
    /** Words a credit holds that name no one ("admin", "staff", "editor"). */
    static final Set<String> NOT_NAMES = HtmlWords.get("not-names");
    /** A word of a person's name: "Omar", "O'Neil", "Jean-Luc", "McCarthy", or an initial "J.". */
    private static final Pattern PERSON_WORD = Pattern.compile("\\p{Lu}\\.|\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:['\u2019-]\\p{L}\\p{Ll}+)*");
    /** A job or a stamp word in a byline's part ("Staff Writer", "Senior Analyst", "Updated"): the part names no one. */
    private static final Pattern ROLE = Pattern.compile("(?i)\\b(?:" + String.join("|", HtmlWords.get("credit-roles"))
            + ")\\b");
    /** Words that open a job's title ("Senior" Analyst, "Chief" Technology Officer): a part they begin is no name. */
    private static final Set<String> ROLE_MODIFIERS = HtmlWords.get("credit-role-modifiers");
    /** "John Garcia Jr.": the full stop of a generational suffix belongs to the name; other trailing stops do not. */
    /** Where Authors splits a byline into its people: an organisation's name holding one is cut whole first. */
    private static final Pattern SPLIT_CHAR = Pattern.compile(",|;|\\band\\b|&|\\|");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern SUFFIX_DOT = Pattern.compile("\\b(?:Jr|Sr)\\.,*$");
    /** A lower-case word after a one-word name: "Human in the Loop", "Insights from". */
    private static final Pattern LOWER_WORD_NEXT = Pattern.compile("\\s+\\p{Ll}{2,}");
    private static final Pattern LEAD_WORD = Pattern.compile("(?i)(?:view|read|more|follow|see|email|share|about|written|authored|authors?|posted)\\b");

    private CreditParts() {}

    /** "Ken Yu August 3, 2023" -> "Ken Yu": bylines often run into the date that follows them. */
    private static String cutAtDate(String part) {
        String[] words = Spaces.split(part);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.matches("\\d.*")) break;
            boolean month = org.dateline.core.read.draft.Months.number(w) != null;
            boolean dateFollows = i + 1 < words.length && words[i + 1].matches("\\d.*");
            boolean abbreviation = w.replace(".", "").length() <= 4 && !w.matches("(?i)may|june|july");
            // a month word opening the part is a first name ("April Fulton", "Jan Kowalski") unless a day follows
            // or it is cut short with a stop ("Sept."), or stands alone
            boolean leads = i == 0 && (w.endsWith(".") || words.length == 1);
            if (month && (dateFollows || (i > 0 && abbreviation) || leads)) break;
            if (out.length() > 0) out.append(' ');
            out.append(w);
        }
        return out.toString();
    }

    /**
     * Whether a name added from the visible byline has a person's shape: two to four words, each a capitalised
     * word or an initial, none a role ("Guest"), and no organisation ("U.S. National Institute", "CNN").
     */
    static boolean personLike(String name, List<String> organisations) {
        String[] words = Spaces.split(name);
        if (words.length < 2 || words.length > 4 || Organisations.is(name, organisations)) return false;
        for (String w : words) {
            if (!PERSON_WORD.matcher(w).matches() || NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))) return false;
        }
        return !ROLE.matcher(name).find();
    }

    /**
     * The part left of an organisation's name that follows a person's in it, or the part as it is: an organisation
     * that is the whole part stays, as some pages are written by one ("WRAL", "The Investopedia Team"), and so does
     * one with a single word before it ("Team EBONY"): a person's name has two words at least.
     */
    private static String withoutOrganisations(String part, List<String> organisations) {
        String lower = part.toLowerCase(Locale.ROOT);
        for (String o : organisations) {
            int at = lower.indexOf(o);
            String before = at > 0 ? part.substring(0, at).strip() : "";
            if (before.contains(" ")) return before;
        }
        return part;
    }

    /**
     * A whole byline less the organisation's name it ends in ("Jane Doe Lakeside Herald & Courier" -> "Jane Doe"),
     * with or without the name's "The": asked before the byline is split at "&", "and" and commas, which would
     * otherwise cut such a name in two and leave its first half glued to the person's. Only the end is cut, so that
     * two credited people each followed by the paper keep both names.
     */
    static String withoutTrailingOrganisation(String byline, List<String> organisations) {
        String lower = byline.toLowerCase(Locale.ROOT).replaceAll("[\\s.,]+$", "");
        String longest = null;
        for (String o : organisations) {
            String bare = o.startsWith("the ") ? o.substring(4) : o;
            if (lower.endsWith(bare) && SPLIT_CHAR.matcher(bare).find()
                    && (longest == null || bare.length() > longest.length())) longest = bare;
        }
        if (longest == null) return byline;
        // the longest: the site may go by a short name ("Herald & Courier") and its publisher by the full one
        String before = byline.substring(0, lower.length() - longest.length())
                .replaceAll("(?i)[\\s,;|\u2013\u2014-]*(?:\\bthe)?[\\s,;|\u2013\u2014-]*$", "").strip();
        return before.contains(" ") ? before : byline;
    }

    /** "Craig Meyer USA TODAY NETWORK" -> "Craig Meyer": two words in capitals after a written name are an organisation. */
    private static String beforeCapitals(String name) {
        String[] words = name.split(" ");
        if (words.length < 4 || name.equals(name.toUpperCase(Locale.ROOT))) return name;
        for (int i = 2; i + 1 < words.length; i++) {
            if (capitals(words[i]) && capitals(words[i + 1])) return String.join(" ", Arrays.copyOf(words, i));
        }
        return name;
    }

    private static boolean capitals(String word) {
        return word.length() >= 2 && word.chars().allMatch(Character::isUpperCase);
    }

    /**
     * Whether the name read up to {@code end} is all the credit has to say of the person: a name does not stop inside
     * a word ("Rapid7", a brand), and one capitalised word going on in lower-case words ("Human in the Loop",
     * "Insights from") begins a phrase, a blog's or a heading's, not a name. A longer name may go on ("Mahua Das in
     * Management": the section follows).
     */
    private static boolean wholeName(String text, int end) {
        if (end < text.length() && Character.isLetterOrDigit(text.codePointAt(end))) return false;
        if (text.substring(0, end).strip().contains(" ")) return true;
        return !LOWER_WORD_NEXT.matcher(text).region(end, text.length()).lookingAt();
    }

    /**
     * "Rachel Moss Writer", "Ken Yu Managing Editor" -> the name before the job: an author box sets the job under the
     * name, and the text runs them together. Only where what comes before the job word has a person's shape; a part
     * that is the job alone ("Staff Writer") or a job first names no one, as before.
     */
    private static String beforeRole(String part, List<String> organisations) {
        Matcher role = ROLE.matcher(part);
        if (!role.find() || role.start() == 0) return part;
        String[] words = Spaces.split(part.substring(0, role.start()).strip());
        // a job's own words may come between the name and its head word ("Liza Moss Marketing Manager", "Senior
        // Autos Editor"), so only a first and a last name are taken (with a middle initial: "Rob E. Moss")
        int keep = words.length >= 3 && words[1].matches("\\p{Lu}\\.") ? 3 : 2;
        if (words.length < keep || ROLE_MODIFIERS.contains(words[0].toLowerCase(Locale.ROOT))) return part;
        String name = String.join(" ", Arrays.copyOf(words, keep));
        // "Help Net Security Staff": the site's own name cut short is no person
        String prefix = name.toLowerCase(Locale.ROOT) + " ";
        if (organisations.stream().anyMatch(o -> o.startsWith(prefix))) return part;
        return personLike(name, organisations) ? name : part;
    }

    /** A name made only of words that name no one: "Staff", "The Author", "Cancel" (a button's word). */
    private static boolean labelOnly(String lowerName) {
        for (String w : Spaces.split(lowerName)) {
            if (!NOT_NAMES.contains(w)) return false;
        }
        return true;
    }

    /**
     * Whether two names are the same letters once blanks and marks are left out: a site calls itself
     * "Harbourgazette" in its tags and credits "Harbour Gazette" as the writer of its pages.
     */
    static boolean sameWords(String a, String b) {
        if (a == null || b == null) return false;
        String x = NOT_LETTER_OR_DIGIT.matcher(a.toLowerCase(Locale.ROOT)).replaceAll("");
        return !x.isEmpty() && x.equals(NOT_LETTER_OR_DIGIT.matcher(b.toLowerCase(Locale.ROOT)).replaceAll(""));
    }

    /** The person's name that {@code part} of a byline begins with, or null when it names no one. */
    static String name(String part, List<String> organisations, String site) {
        part = beforeRole(part, organisations);
        String text = cutAtDate(withoutOrganisations(part, organisations));
        Matcher m = NAME.matcher(text);
        if (!m.lookingAt() || !wholeName(text, m.end())) return null;
        String name = beforeCapitals(m.group().replaceAll(SUFFIX_DOT.matcher(m.group()).find() ? ",+$" : "[.,]+$", "").strip());
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.length() < 3 || labelOnly(lower) || sameWords(lower, site)) return null;
        if (ROLE.matcher(part).find() || LEAD_WORD.matcher(name).lookingAt()) return null;
        return name;
    }
}
