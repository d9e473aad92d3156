package org.dateline.core.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.language.Gazetteer;
import org.dateline.core.language.GazetteerEntry;

/**
 * Who a report's deed went to or came from, and what a visit went to, read in the words after its trigger in its own
 * sentence ({@link StatementSubjects#ownSentence}): "sent a message of greeting [to Ernest Bai Koroma], president of
 * Sierra Leone", "received a letter [from the members of the delegations]", "visited [the statues of President X] on
 * Monday". The events stage often leaves such a party out of the report's participants (an addressee it did not code
 * as an actor), yet it is what tells one sender's two messages of a day apart.
 *
 * <p>An addressee is the run of capitalised words after "to" (past an article and at most {@link #LEAD_WORDS}
 * lower-case words of address: "to the dear respected Kim Jong Un"): "to pay tribute" names none. A sender is the
 * phrase after "from", up to a word that ends it ({@code object-ends}) or a stop. A visit's object is the phrase
 * after its verb; the trip itself when the trigger is a movement or a stay's noun ("arrived", "visit"), when the
 * phrase is a place the trip went to ({@code trip-objects}: "here"; a state, a capital, a place the gazetteer
 * knows), else the site ("the statues of President X", "Mangyongdae Revolutionary Museum"). Stateless.
 */
final class DeedParties {
    /** The object of a visit that went to no site within its trip. */
    static final String TRIP = "";
    static final int LEAD_WORDS = 3;
    private static final Set<String> ENDS = ConnectWords.get("object-ends");
    private static final Set<String> TRIP_OBJECTS = ConnectWords.get("trip-objects");
    private static final Set<String> SITE_VERBS = ConnectWords.get("site-visit-verbs");
    private static final Set<String> STAY_NOUNS = ConnectWords.get("stay-nouns");
    private static final Set<String> MEDIA = ConnectWords.get("medium-nouns");
    private static final Set<String> RECEIVING = ConnectWords.get("receiving-triggers");
    /** How many words after a stay's noun its "to" may stand. */
    static final int NOUN_REACH = 20;
    private static final Map<String, String> FORMS = ConnectWords.kinds("message-forms");
    private static final Set<String> ARTICLES = ConnectWords.get("party-determiners");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.－-]*|[,;:()\"“”]");

    private DeedParties() {}

    /**
     * The addressee after the trigger ("to Ernest Bai Koroma"), lower case, or null when none is named: in the report's
     * own sentence, else anywhere in its mention's, which holds the sentence before when the report tells what a
     * message said ("[He sent a message to X.] In the message he wished ...").
     */
    static List<String> addressee(EventMention m) {
        List<String> own = addressee(afterTrigger(m));
        return own != null ? own : addressee(tokens(m.mention().sentence()));
    }

    /**
     * The sender after the trigger ("received a letter from the members of the delegations"), lower case, or null;
     * read as the addressee is, and only in a report of something received ({@code receiving-triggers} in its own
     * sentence): "a message of condolence over her death from illness" names no sender.
     */
    static List<String> sender(EventMention m) {
        if (!receives(m)) return null;
        List<String> own = sender(afterTrigger(m));
        return own != null ? own : sender(tokens(m.mention().sentence()));
    }

    /** The kinds of form the report's own sentence names a message in ({@code message-forms}: a letter, a basket). */
    static Set<String> forms(EventMention m) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : Tellings.words(StatementSubjects.ownSentence(m))) {
            String f = FORMS.get(w);
            if (f != null) out.add(f);
        }
        return out;
    }

    /** What a visit went to: {@link #TRIP}, or the site's words in lower case. */
    static String visited(EventMention m) {
        String trigger = m.event().trigger() == null ? "" : m.event().trigger().toLowerCase(Locale.ROOT);
        if (SITE_VERBS.contains(trigger)) return visited(afterTrigger(m));
        return STAY_NOUNS.contains(trigger) ? visitedBy(afterTrigger(m)) : TRIP;
    }


    /**
     * What a stay's noun went to: the name after its "to", within {@link #NOUN_REACH} words ("the visit paid by the
     * leader, supreme commander of the army, [to the Tank Division]"), or the trip when it names none: "a visit to
     * express thanks" names no site.
     */
    static String visitedBy(List<String> tokens) {
        for (int i = 0; i < Math.min(tokens.size() - 1, NOUN_REACH); i++) {
            if (!tokens.get(i).equalsIgnoreCase("to")) continue;
            int j = i + 1;
            if (ARTICLES.contains(tokens.get(j).toLowerCase(Locale.ROOT)) && j + 1 < tokens.size()) j++;
            if (isCapital(tokens.get(j)) || TRIP_OBJECTS.contains(tokens.get(j).toLowerCase(Locale.ROOT))) {
                return visited(tokens.subList(i + 1, tokens.size()));
            }
        }
        return TRIP;
    }

    /**
     * True when two objects of a visit are one: the same words, or one's words begin the other's, a place's noun
     * standing for its adjective ({@link PlaceForms}: "Far East region", "Far Eastern region").
     */
    static boolean sameObject(String a, String b) {
        return a.equals(b) || !a.isEmpty() && !b.isEmpty() && PlaceForms.samePrefix(a, b);
    }

    /**
     * The medium a report's clause names before its trigger ({@code medium-nouns}): the name after the noun ("the
     * Nepalese paper [Nepal Today] carried"), else the capitalised words that end with it ("the [Lao National Radio]
     * introduced"); null when none is named. The events stage may code such a report with the medium's state only.
     */
    static List<String> medium(EventMention m) {
        List<String> before = beforeTrigger(m);
        for (int i = 0; i < before.size(); i++) {
            if (!MEDIA.contains(before.get(i).toLowerCase(Locale.ROOT))) continue;
            List<String> run = new ArrayList<>();
            for (int j = i + 1; j < before.size() && isCapital(before.get(j)); j++) run.add(before.get(j));
            if (!run.isEmpty()) return lower(run);
            int k = i;
            while (k > 0 && isCapital(before.get(k - 1)) && !ARTICLES.contains(before.get(k - 1).toLowerCase(Locale.ROOT))) k--;
            if (k < i) return lower(before.subList(k, i + 1));
        }
        return null;
    }

    static List<String> addressee(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).equalsIgnoreCase("to")) continue;
            int j = i + 1, lead = 0;
            while (j < tokens.size() && lead < LEAD_WORDS && isLower(tokens.get(j))) { j++; lead++; }
            List<String> run = run(tokens, j);
            if (!run.isEmpty()) return lower(run);
        }
        return null;
    }

    static List<String> sender(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).equalsIgnoreCase("from")) continue;
            List<String> phrase = phrase(tokens, i + 1);
            return phrase.isEmpty() ? null : lower(phrase);
        }
        return null;
    }

    static String visited(List<String> tokens) {
        int i = 0;
        if (i < tokens.size() && ARTICLES.contains(tokens.get(i).toLowerCase(Locale.ROOT))) i++;
        // a name is its capitalised words ("the DPRK recently", "Russia was a historic event"); a common noun, its phrase
        List<String> phrase = i < tokens.size() && isCapital(tokens.get(i)) ? run(tokens, i) : phrase(tokens, i);
        if (phrase.isEmpty() || TRIP_OBJECTS.contains(phrase.get(0).toLowerCase(Locale.ROOT))) return TRIP;
        String name = String.join(" ", phrase);
        if (StateNames.codeOf(name) != null) return TRIP;
        for (GazetteerEntry e : Gazetteer.standard().wholly(name)) {
            if (e.kind() == GazetteerEntry.Kind.COUNTRY || e.kind() == GazetteerEntry.Kind.CAPITAL
                    || e.kind() == GazetteerEntry.Kind.PLACE) return TRIP;
        }
        return name.toLowerCase(Locale.ROOT);
    }

    /** Two parties are one when their words are the same, or one's words end the other's ("President Bashar Al-Assad"). */
    static boolean same(List<String> a, List<String> b) {
        List<String> longer = a.size() >= b.size() ? a : b, shorter = longer == a ? b : a;
        return longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
    }

    /** The capitalised words from token {@code from} on, with an "of" between two of them ("Ministry of Defence"). */
    private static List<String> run(List<String> tokens, int from) {
        List<String> run = new ArrayList<>();
        for (int j = from; j < tokens.size() && (isCapital(tokens.get(j)) || !run.isEmpty() && joinsName(tokens, j)); j++) {
            run.add(tokens.get(j));
        }
        return run;
    }

    /** The phrase from token {@code from} on, as written, past a leading article, up to a word of {@code object-ends} or a stop. */
    private static List<String> phrase(List<String> tokens, int from) {
        int i = from;
        if (i < tokens.size() && ARTICLES.contains(tokens.get(i).toLowerCase(Locale.ROOT))) i++;
        List<String> out = new ArrayList<>();
        while (i < tokens.size()) {
            String t = tokens.get(i);
            if (!Character.isLetterOrDigit(t.charAt(0)) || ENDS.contains(t.toLowerCase(Locale.ROOT))) break;
            out.add(t);
            i++;
        }
        return out;
    }

    /** The tokens of the report's own sentence after its trigger's first occurrence (all of them when it is not found). */
    static List<String> afterTrigger(EventMention m) {
        List<String> tokens = tokens(StatementSubjects.ownSentence(m));
        int at = triggerAt(m, tokens);
        return at < 0 ? tokens : tokens.subList(at + 1, tokens.size());
    }

    /** The tokens of the report's own sentence before its trigger's first occurrence (none when it is not found). */
    static List<String> beforeTrigger(EventMention m) {
        List<String> tokens = tokens(StatementSubjects.ownSentence(m));
        int at = triggerAt(m, tokens);
        return at < 0 ? List.of() : tokens.subList(0, at);
    }

    private static int triggerAt(EventMention m, List<String> tokens) {
        String trigger = m.event().trigger();
        if (trigger == null) return -1;
        for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).equalsIgnoreCase(trigger)) return i;
        return -1;
    }

    private static List<String> tokens(String sentence) {
        List<String> tokens = new ArrayList<>();
        if (sentence == null) return tokens;
        Matcher t = TOKEN.matcher(sentence);
        // a word that ends its sentence keeps no stop: "to Russia." is Russia
        while (t.find()) tokens.add(t.group().replaceAll("\\.+$", ""));
        tokens.removeIf(String::isEmpty);
        return tokens;
    }

    /**
     * True when the report's own sentence tells of something received ({@code receiving-triggers}), or its mention
     * does when the sentence tells what a message said: "[He received a message of greeting from X on Monday.] In the
     * message he extended congratulations to him": the receipt names who sent what the next sentence tells.
     */
    static boolean receives(EventMention m) {
        for (String w : Tellings.words(StatementSubjects.ownSentence(m))) if (RECEIVING.contains(w)) return true;
        for (String w : Tellings.words(m.mention().sentence())) if (RECEIVING.contains(w)) return true;
        return false;
    }

    private static boolean joinsName(List<String> tokens, int j) {
        return tokens.get(j).equals("of") && j + 1 < tokens.size() && isCapital(tokens.get(j + 1));
    }

    private static boolean isCapital(String t) { return Character.isUpperCase(t.charAt(0)); }

    private static boolean isLower(String t) { return Character.isLowerCase(t.charAt(0)) && !t.equals("to"); }

    private static List<String> lower(List<String> run) {
        return run.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }
}
