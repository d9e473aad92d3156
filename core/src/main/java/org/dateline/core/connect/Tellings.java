package org.dateline.core.connect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how a report's clause tells its event ({@link Telling}), from the words of the clause: the event's span, or
 * its sentence when the span is empty.
 *
 * <p>A clause counts several occasions when a frequency word follows a number ("four times") or stands alone
 * ("twice"); it sums up occasions it does not count when the word follows a vague count ("several times", "on many
 * occasions") or is an adverb of repetition ("repeatedly"). A clause the text gives no date is a habit or a state when its verb is
 * progressive in the present ("is demonstrating"), under a modal ("should withdraw", "can block") or continued
 * ("keep raiding", "continue to kill"), or an aim ("to provide the people with a better life"): those are the commentary's claims, which an agency
 * repeats in many stories, and never the report of one occasion. A dated clause is an occasion whatever its verb:
 * the date is what ties it to one. The present perfect is no cue: news tells its latest occasion in it ("has
 * invited the envoy for consultations"). A clause opened by a conjunction of repetition ({@code habit-conjunctions}:
 * "whenever he visited the workers") is a habit even when dated: it tells every such occasion, and so is a relative
 * clause of a plural noun of time ({@link #timesWhen}: "the days when they could threaten us"), and so is a noun a
 * copula predicates of someone ({@link PredicateNouns}: "was a friend of the people"), a state and no deed. The readings are cached per report; not thread-safe, like the merger that owns it.
 */
final class Tellings {
    private static final Set<String> PROGRESSIVE = ConnectWords.get("progressive-auxiliaries");
    private static final Set<String> MODALS = ConnectWords.get("modal-verbs");
    private static final Set<String> EXHORTATION = ConnectWords.get("exhortation-modals");
    private static final Set<String> CONTINUING = ConnectWords.get("continuing-verbs");
    private static final Set<String> ADVERBS = ConnectWords.get("verb-adverbs");
    private static final Set<String> FREQUENCY = ConnectWords.get("frequency-words");
    private static final Set<String> VAGUE = ConnectWords.get("vague-counts");
    private static final Set<String> LONE_FREQUENCY = ConnectWords.get("lone-frequency-words");
    private static final Set<String> UNCOUNTED_FREQUENCY = ConnectWords.get("uncounted-frequency-words");
    private static final Set<String> PURPOSE_VERBS = ConnectWords.get("purpose-verbs");
    private static final Set<String> SHORT_DURATIONS = ConnectWords.get("short-durations");
    /** Conjunctions of repetition ("whenever he visited"): their clause is a habit, dated or not. */
    private static final Set<String> HABIT_CONJUNCTIONS = ConnectWords.get("habit-conjunctions");
    /** Plural nouns of time whose relative clause ({@code time-relatives}: "the days when") tells a period's habit. */
    private static final Set<String> TIME_NOUNS = ConnectWords.get("habit-time-nouns");
    private static final Set<String> TIME_RELATIVES = ConnectWords.get("time-relatives");
    /** Words a duration's unit may stand after its "for": "for two weeks", "for the past ten days". */
    static final int DURATION_REACH = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d'’.,:-]*");
    private static final Set<String> PERIOD_LINKS = ConnectWords.get("period-links");
    private static final Set<String> PLACE_PREPOSITIONS = ConnectWords.get("place-prepositions");
    /**
     * Two years joined as a period, a month name allowed before the second: "(1950-1953)", "June 1950-July 1953",
     * "from 1950 to 1953" (the linking words are {@code period-links}); group 1 and 3 are the years, 2 the link.
     */
    private static final Pattern PERIOD = Pattern.compile(
            "\\b(1\\d{3}|20\\d{2})\\s*([-–—]|\\s\\p{L}+\\s)\\s*(?:\\p{Lu}\\p{L}*\\.?\\s+)?(1\\d{3}|20\\d{2})\\b");

    static final int LEAD_WORDS = 4;
    /** Where a clause ends, as these readings take it: a sentence's end, a line's, a semicolon, a comma. */
    private static final List<String> CLAUSE_BOUNDARIES = List.of(". ", "\n", "; ", ", ");

    private final Map<EventMention, Telling> cache = new IdentityHashMap<>();

    /** Characters after a report that sums up occasions within which a dateless report still continues it. */
    static final int SUMMARY_REACH = 250;

    /**
     * Reads an article's reports in text order so that a dateless report right after one that sums up occasions of
     * the same family and one of its specific participants ("he visited China four times in a year. He met with
     * General Secretary Hu Jintao to exchange views") tells of those occasions as that report does, not of one: which
     * of the meetings it means the text does not say. Until a dated report of the family, or past
     * {@link #SUMMARY_REACH} characters.
     */
    void readArticle(List<EventMention> mentions) {
        List<EventMention> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparingInt(m -> m.mention().start()));
        EventMention summary = null;
        for (EventMention m : ordered) {
            Telling t = of(m);
            if (t == Telling.SEVERAL || t == Telling.UNCOUNTED) {
                summary = m;
            } else if (summary != null && m.family().equals(summary.family())) {
                boolean continues = !m.anchored() && m.mention().start() - summary.mention().end() <= SUMMARY_REACH
                        && sharesSpecific(m, summary);
                if (continues) cache.put(m, of(summary));
                else summary = null;
            }
        }
    }

    private static boolean sharesSpecific(EventMention a, EventMention b) {
        for (String n : a.key()) if (!GenericParticipants.isGeneric(n) && b.key().contains(n)) return true;
        return false;
    }

    /** How a report tells its event. */
    Telling of(EventMention m) {
        return cache.computeIfAbsent(m, x -> {
            // what someone is ("was a close friend of the people") is a state, dated or not
            if (PredicateNouns.tells(x)) return Telling.HABIT;
            List<String> words = words(lead(x));
            int at = words.size();
            words.addAll(words(clause(x)));
            if (!x.anchored() && x.status() == StatusClass.OCCURRED && aim(words, at)) return Telling.HABIT;
            Telling t = read(words, x.anchored(), x.status());
            if (t == Telling.OCCASION && (overYears(clause(x)) || overPlaces(words(clause(x) + " " + tail(x))))) {
                return Telling.UNCOUNTED;
            }
            if (t == Telling.OCCASION) return repeated(x, words);
            if (t != Telling.HABIT) return t;
            List<String> all = new ArrayList<>(words);
            all.addAll(words(tail(x)));
            boolean namedInProgress = inProgress(all) && RepetitionCues.namesHappening(clause(x));
            return ongoing(all) || namedInProgress ? Telling.OCCASION : t;
        });
    }

    /**
     * How a clause read as one occasion is told once the cues beside its words are read ({@link RepetitionCues}): a
     * participle counts the occasions of the clause it hangs on ("invited him several times, encouraging him"), and
     * an undated deed repeated by a period ("every year") is a habit, and a deed's noun qualified by an adjective of
     * repetition ("ceaseless drills") is occasions summed up.
     */
    private static Telling repeated(EventMention m, List<String> words) {
        Telling head = read(RepetitionCues.participleHead(m), m.anchored(), m.status());
        if (head == Telling.SEVERAL || head == Telling.UNCOUNTED) return head;
        String trigger = m.event().trigger();
        if (trigger != null && RepetitionCues.repeatedNoun(words, trigger.toLowerCase(Locale.ROOT))) return Telling.UNCOUNTED;
        boolean undated = !m.anchored() && m.status() == StatusClass.OCCURRED;
        return undated && RepetitionCues.periodic(words) ? Telling.HABIT : Telling.OCCASION;
    }

    /** True when a clause has a progressive verb ("are staging") and no modal ("should be staging"). */
    static boolean inProgress(List<String> words) {
        boolean progressive = false;
        for (int i = 0; i < words.size(); i++) {
            if (MODALS.contains(words.get(i))) return false;
            int j = next(words, i);
            if (j >= 0 && PROGRESSIVE.contains(words.get(i)) && words.get(j).endsWith("ing")) progressive = true;
        }
        return progressive;
    }

    /**
     * True when the report's own verb, where its span starts ({@code at}), is an infinitive of one of the
     * {@code purpose-verbs}: "toured the region [to provide the people with better goods]" tells what a deed was
     * for, not an occasion of providing. An infinitive inside the span ("agreed to strengthen ties") is the deed's
     * content and tells nothing of the kind.
     */
    static boolean aim(List<String> words, int at) {
        if (at < words.size() && words.get(at).equals("to")) at++;
        else if (at == 0 || !words.get(at - 1).equals("to")) return false;
        return at < words.size() && PURPOSE_VERBS.contains(words.get(at));
    }

    /**
     * True when a clause dates its deed by a period of years ("destroyed by the bombing in the war (1950-1953)",
     * "shelled the town from 1992 to 1995"): what was done over years is many deeds summed up, as "repeatedly" sums
     * them up, not one occasion, whichever end of the period the events stage took for its date. Two such clauses
     * about two buildings bombed in one war share their actor, their years and most of their words. A period of
     * days ("from August 16 to 26") is one happening that lasted, and is left an occasion.
     */
    static boolean overYears(String clause) {
        if (clause == null) return false;
        Matcher m = PERIOD.matcher(clause);
        while (m.find()) {
            String link = m.group(2).strip().toLowerCase(Locale.ROOT);
            boolean linked = link.length() == 1 || PERIOD_LINKS.contains(link);
            if (linked && Integer.parseInt(m.group(3)) > Integer.parseInt(m.group(1))) return true;
        }
        return false;
    }

    /**
     * True when a clause or the words after it place its deed in places it counts vaguely ({@code place-prepositions}
     * then {@code vague-counts}: "protected him in many battlefields", "held rallies across several provinces"): what
     * was done in many places is many deeds summed up, as "many times" is, and two such clauses share their doer and
     * their praise whatever the places were.
     */
    static boolean overPlaces(List<String> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (PLACE_PREPOSITIONS.contains(words.get(i)) && VAGUE.contains(words.get(i + 1))) return true;
        }
        return false;
    }

    /** The reading of a clause's words, for a report dated by the text ({@code dated}) or not, of a status class. */
    static Telling read(List<String> words, boolean dated, StatusClass status) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (HABIT_CONJUNCTIONS.contains(w) || timesWhen(words, i)) return Telling.HABIT;
            if (UNCOUNTED_FREQUENCY.contains(w)) return Telling.UNCOUNTED;
            if (LONE_FREQUENCY.contains(w)) return Telling.SEVERAL;
            if (!FREQUENCY.contains(w) || i == 0) continue;
            if (VAGUE.contains(words.get(i - 1))) return Telling.UNCOUNTED;
            if (Quantities.isNumber(words.get(i - 1))) return Telling.SEVERAL;
        }
        if (!dated && status == StatusClass.PLAN && exhorts(words)) return Telling.HABIT;
        if (dated || status != StatusClass.OCCURRED) return Telling.OCCASION;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (MODALS.contains(w)) return Telling.HABIT;
            int j = next(words, i);
            if (j < 0) continue;
            String next = words.get(j);
            if (PROGRESSIVE.contains(w) && next.endsWith("ing") && next.length() > 4) return Telling.HABIT;
            if (CONTINUING.contains(w) && (next.endsWith("ing") || next.equals("to"))) return Telling.HABIT;
        }
        return Telling.OCCASION;
    }

    /**
     * True when the word at {@code i} opens a relative clause of a plural noun of time ({@code habit-time-nouns}
     * within {@link #LEAD_WORDS} words before a {@code time-relatives} word: "gone are the days when they could
     * threaten us", "in the years when he toured the farms"): the clause tells what was done over a period, every
     * such occasion and none in particular, as "whenever" does. A singular noun ("the day when he arrived") is one
     * occasion and is left to the other cues.
     */
    static boolean timesWhen(List<String> words, int i) {
        if (!TIME_RELATIVES.contains(words.get(i))) return false;
        for (int j = Math.max(0, i - LEAD_WORDS); j < i; j++) if (TIME_NOUNS.contains(words.get(j))) return true;
        return false;
    }

    /**
     * True when an undated clause of what is to be done is an exhortation ({@code exhortation-modals}: "the U.S.
     * should withdraw its troops", "they must stop the drills"): what a party ought to do is no occasion planned, and
     * a commentary demands it again day after day in other words, and no two of its reports are one event.
     * A plan ("will visit", "is to hold talks") names no obligation and stays an occasion.
     */
    static boolean exhorts(List<String> words) {
        for (String w : words) if (EXHORTATION.contains(w)) return true;
        return false;
    }

    /**
     * True when a progressive clause says for how short a time its happening has gone on ("are staging a hunger
     * strike for several weeks", "have been protesting for ten days"): one happening in progress, as a strike or a
     * sit-in is, not a habit. A long time ("for decades", "for years") is left a habit, and so is a modal clause.
     */
    static boolean ongoing(List<String> words) {
        boolean progressive = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (MODALS.contains(w)) return false;
            int j = next(words, i);
            if (j >= 0 && PROGRESSIVE.contains(w) && words.get(j).endsWith("ing")) progressive = true;
        }
        if (!progressive) return false;
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).equals("for")) continue;
            for (int j = i + 1; j < Math.min(words.size(), i + 1 + DURATION_REACH); j++) {
                if (SHORT_DURATIONS.contains(words.get(j))) return true;
            }
        }
        return false;
    }

    /** The position of the word after position i, past any adverb between an auxiliary and its verb; -1 at the end. */
    private static int next(List<String> words, int i) {
        for (int j = i + 1; j < words.size(); j++) {
            String w = words.get(j);
            if (!ADVERBS.contains(w) && !w.endsWith("ly")) return j;
        }
        return -1;
    }

    /**
     * The last {@link #LEAD_WORDS} words of the report's clause before its span (back to a comma or a sentence's
     * end): the auxiliary or modal the span may leave out ("is" of "is demonstrating"), or the "to" of a purpose
     * ("toured the region to provide the people with better goods"). Not past a comma: "before talks can resume,
     * hours after the envoy flew" tells the flight as an occasion.
     */
    static String lead(EventMention m) {
        List<String> words = words(before(m, 80));
        return String.join(" ", words.subList(Math.max(0, words.size() - LEAD_WORDS), words.size()));
    }

    /**
     * The words of the report's clause before its span, back to a comma or a sentence's end, at most {@code reach}
     * characters: the clause a coordinated verb is joined to ("demolished on Tuesday a mosque and [arrested six]").
     */
    static String before(EventMention m, int reach) {
        return lastClause(textBefore(m, reach));
    }

    /** Up to {@code reach} characters of the body before the report's span, as written; "" where there are none. */
    static String textBefore(EventMention m, int reach) {
        String body = m.context().body();
        int s = m.mention().start();
        if (body == null || s <= 0 || s > body.length()) return "";
        return body.substring(Math.max(0, s - reach), s);
    }

    /** What follows the last clause boundary of a text ({@link #CLAUSE_BOUNDARIES}): its last clause, or all of it. */
    static String lastClause(String text) {
        int cut = -1;
        for (String boundary : CLAUSE_BOUNDARIES) cut = Math.max(cut, text.lastIndexOf(boundary));
        return text.substring(cut + 1);
    }

    /**
     * The words of the report's clause after its span, up to a comma or a sentence's end: where "for several weeks"
     * of "are staging hunger strikes for several weeks" stands.
     */
    static String tail(EventMention m) {
        String body = m.context().body();
        int e = m.mention().end();
        if (body == null || e < 0 || e >= body.length()) return "";
        String after = body.substring(e, Math.min(body.length(), e + 80));
        int cut = after.length();
        for (String boundary : CLAUSE_BOUNDARIES) {
            int at = after.indexOf(boundary);
            if (at >= 0) cut = Math.min(cut, at);
        }
        return after.substring(0, cut);
    }

    /** The clause of a report: its span in the body, or its sentence. */
    static String clause(EventMention m) {
        String body = m.context().body();
        int s = m.mention().start(), e = m.mention().end();
        if (body != null && s >= 0 && e <= body.length() && e > s) return body.substring(s, e);
        return m.mention().sentence();
    }

    /** The lower-case words of a text, numbers and their punctuation kept ("1.1", "4:0"). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        Matcher w = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (w.find()) out.add(w.group().replaceAll("[.,:’'-]+$", ""));
        return out;
    }
}
