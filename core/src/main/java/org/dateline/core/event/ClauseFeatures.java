package org.dateline.core.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dateline.core.language.Sentence;
import org.dateline.core.language.Token;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.Participant;

/**
 * The learned {@link EventFilter}'s cues of the clause a coded event's trigger sits in and of the word that governs it,
 * from the tagged tokens alone (no parse): the word that opens the trigger's clause (a subordinator of time, a relative
 * pronoun, a complementizer: an act told there is the setting of another, background about a noun, or what someone
 * said), a perfect before the trigger (an act told as done before the story's time), the nearest verb of saying and
 * what its subject is (a document, a pronoun standing for one, a person), whether that verb stands before or after the
 * trigger (after: the act is told as someone's words), and the event's parties against the page (a home state's act
 * with no party of another state: an inspection or a meeting at home). Language only, as {@link EventFeatures}: the
 * words these cues look for are lists in {@code word-lists.txt}, never a name, source or site.
 */
final class ClauseFeatures {
    private static final Set<String> TIME_MARKS = EventWords.get("filter-time-clause-marks");
    private static final Set<String> RELATIVE_MARKS = EventWords.get("filter-relative-marks");
    private static final Set<String> COMPLEMENT_MARKS = EventWords.get("filter-complement-marks");
    private static final Set<String> EDGES = EventWords.get("filter-clause-edges");
    private static final Set<String> REPORTING = EventWords.get("filter-reporting-verbs");
    private static final Set<String> DOCUMENTS = EventWords.get("filter-document-nouns");
    private static final Set<String> THING_PRONOUNS = EventWords.get("filter-thing-pronouns");
    private static final Set<String> PERSON_PRONOUNS = EventWords.get("filter-person-pronouns");
    private static final Set<String> SKIPS = EventWords.get("filter-subject-skips");
    /** How far back from the trigger a clause's opening word is looked for. */
    private static final int CLAUSE_REACH = 12;
    /** How many words a verb of saying's subject may stand from it. */
    private static final int SUBJECT_REACH = 4;

    /** The kinds of a verb of saying's subject. */
    enum Voice { DOCUMENT, THING_PRONOUN, PERSON_PRONOUN, NAME, OTHER }

    private ClauseFeatures() {}

    /** The clause and voice features of an event whose trigger is {@code trigger} (null: none) in {@code s}. */
    static List<String> of(Event e, Sentence s, Token trigger) {
        List<String> f = new ArrayList<>();
        if (trigger == null) return f;
        List<Token> ts = s.tokens();
        int at = ts.indexOf(trigger);
        if (at < 0) return f;
        String mark = clauseMark(ts, at);
        if (mark != null) f.add("clause=" + mark);
        if (perfect(ts, at)) f.add("aspect=perfect");
        int verb = governingSaying(ts, at);
        if (verb >= 0) f.add("saying=" + subject(ts, verb).name().toLowerCase(Locale.ROOT) + "|" + (verb < at ? "before" : "after"));
        return f;
    }

    /**
     * The word that opens the trigger's clause, looked for backwards up to a clause edge: "time" (when, while, after),
     * "relative" (which, who, a relative "that") or "complement" (a complementizer "that", whether); null when none.
     */
    static String clauseMark(List<Token> ts, int at) {
        for (int i = at - 1; i >= Math.max(0, at - CLAUSE_REACH); i--) {
            Token t = ts.get(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (EDGES.contains(w)) return null;
            if (TIME_MARKS.contains(w) && !t.isVerb()) return "time";
            if (RELATIVE_MARKS.contains(w) || "that".equals(w) && "WDT".equals(t.pos())) return "relative";
            if (COMPLEMENT_MARKS.contains(w)) return "complement";
        }
        return null;
    }

    /** A perfect: "had" or "has" before a participle trigger with at most two words (an adverb, "been") between. */
    static boolean perfect(List<Token> ts, int at) {
        if (!"VBN".equals(ts.get(at).pos())) return false;
        for (int i = at - 1; i >= Math.max(0, at - 3); i--) {
            Token t = ts.get(i);
            if ("have".equals(t.lemma().toLowerCase(Locale.ROOT)) && t.isVerb()) return true;
            if (!(t.pos().startsWith("RB") || "been".equalsIgnoreCase(t.word()))) return false;
        }
        return false;
    }

    /** The nearest verb of saying to the trigger, other than the trigger itself, or -1. */
    static int governingSaying(List<Token> ts, int at) {
        int best = -1;
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (i == at || !t.isVerb() || !REPORTING.contains(t.lemma().toLowerCase(Locale.ROOT))) continue;
            if (best < 0 || Math.abs(i - at) < Math.abs(best - at)) best = i;
        }
        return best;
    }

    /**
     * What the subject of the verb of saying at {@code verb} is: the noun or pronoun just before it (skipping adverbs
     * such as "also"), else just after it ("says the article"): a document, "it", a person's pronoun, a name, other.
     */
    static Voice subject(List<Token> ts, int verb) {
        for (int i = verb - 1; i >= Math.max(0, verb - SUBJECT_REACH); i--) {
            Token t = ts.get(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (SKIPS.contains(w) || t.pos().startsWith("RB") || "MD".equals(t.pos()) || t.isVerb() && i == verb - 1) continue;
            Voice v = voice(t);
            if (v != null) return v;
            break;
        }
        for (int i = verb + 1; i < Math.min(ts.size(), verb + 1 + SUBJECT_REACH); i++) {
            Voice v = voice(ts.get(i));
            if (v != null) return v;
        }
        return Voice.OTHER;
    }

    private static Voice voice(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (THING_PRONOUNS.contains(w) && t.pos().startsWith("PRP")) return Voice.THING_PRONOUN;
        if (PERSON_PRONOUNS.contains(w) && t.pos().startsWith("PRP")) return Voice.PERSON_PRONOUN;
        if (t.isNoun() && DOCUMENTS.contains(t.lemma().toLowerCase(Locale.ROOT))) return Voice.DOCUMENT;
        if (t.pos().startsWith("NNP")) return Voice.NAME;
        if (t.isNoun()) return Voice.OTHER;
        return null;
    }

    /**
     * The event's parties against the page: "home-only" when its actor is of the state the page names most and no
     * party of the event is of another state (a leader's inspection, a meeting at home), else nothing.
     */
    static List<String> ofParties(Event e, String pageState) {
        if (pageState == null || e.actors().isEmpty() || !pageState.equals(e.actors().get(0).country())) return List.of();
        for (Participant p : e.recipients()) if (p.country() != null && !pageState.equals(p.country())) return List.of();
        for (Participant p : e.actors()) if (p.country() != null && !pageState.equals(p.country())) return List.of();
        return List.of("home-only");
    }

    /** The state the page's mentions name most often (ties: the first named), or null when none names one. */
    static String pageState(List<Sentence> sentences) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (Sentence s : sentences) {
            for (Entity m : s.mentions()) {
                if (m.country() == null || "IGO".equals(m.country())) continue;
                int n = counts.merge(m.country(), 1, Integer::sum);
                if (best == null || n > counts.get(best)) best = m.country();
            }
        }
        return best;
    }

    /**
     * Whether an earlier sentence coded an event of the same type between the same states (actor's and recipient's
     * countries, both known): one happening told again in other words, which judges count once.
     */
    static boolean sameStatesBefore(Event e, List<Event> earlier) {
        String a = country(e.actors()), r = country(e.recipients());
        if (a == null) return false;
        for (Event p : earlier) {
            if (p.sentence() >= e.sentence() || p.type() != e.type()) continue;
            if (a.equals(country(p.actors())) && java.util.Objects.equals(r, country(p.recipients()))) return true;
        }
        return false;
    }

    private static String country(List<Participant> ps) { return ps.isEmpty() ? null : ps.get(0).country(); }
}
