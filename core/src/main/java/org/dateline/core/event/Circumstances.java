package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.language.Sentence;
import org.dateline.model.DateModifier;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.TimeExpression;

/**
 * The circumstances of an event read off the parse: its date (the time expression attached to its clause), its place
 * ("in New York", "on the sidelines of the U.N. General Assembly in New York"), its topic ("talks on ...",
 * "discussed ...") and its outcome when the text states one ("ended without a deal").
 */
final class Circumstances {
    private static final Set<String> PLACE_CASES = EventWords.get("place-cases");
    private static final Set<String> TOPIC_CASES = EventWords.get("topic-cases");
    private static final Set<String> DEAL_WORDS = EventWords.get("deal-words");
    private static final Set<String> TOPIC_VERBS = EventWords.get("topic-verbs");
    private static final Set<String> DESTINATION_CASES = EventWords.get("destination-cases");

    private final Clause c;
    private final ArticleContext ctx;

    Circumstances(Clause c, ArticleContext ctx) {
        this.c = c;
        this.ctx = ctx;
    }

    /** The local token that heads a time expression (the one whose head lies outside it), or -1. */
    int headOf(TimeExpression t) {
        int first = -1, last = -1;
        for (int i = 0; i < c.size(); i++) {
            var tok = c.tokens.get(i);
            if (tok.start() >= t.start() && tok.end() <= t.end()) {
                if (first < 0) first = i;
                last = i;
            }
        }
        if (first < 0) return -1;
        for (int i = first; i <= last; i++) {
            int h = c.head(i);
            if (h < first || h > last) return i;
        }
        return last;
    }

    /**
     * The dating time expression at token {@code i} of the clause: the one the clause marks there, or else the one whose
     * span covers the token; null for none (or {@code i < 0}).
     */
    static TimeExpression timeAt(Clause c, int i, List<TimeExpression> timexes) {
        if (i < 0) return null;
        TimeExpression marked = c.timeAt(i);
        if (marked != null) return marked;
        int start = c.tokens.get(i).start();
        for (TimeExpression t : timexes) if (dates(t) && t.start() <= start && start < t.end()) return t;
        return null;
    }

    /** Whether sentence s holds a dating time expression ({@link #dates}) whole. */
    static boolean namesDate(Sentence s, List<TimeExpression> timexes) {
        for (TimeExpression t : timexes) if (dates(t) && within(t, s)) return true;
        return false;
    }

    /** Whether sentence s holds whole a time expression that names a full day ("on Feb. 6", not "in February"). */
    static boolean namesDay(Sentence s, List<TimeExpression> timexes) {
        for (TimeExpression t : timexes) if (dates(t) && within(t, s) && ClauseTimes.day(dateValue(t)) != null) return true;
        return false;
    }

    /** Whether time expression t lies wholly inside sentence s. */
    static boolean within(TimeExpression t, Sentence s) {
        return t.start() >= s.start() && t.end() <= s.end();
    }

    /** Calendar values only: durations, sets and vague references ("soon", "current") date nothing. */
    static boolean dates(TimeExpression t) {
        return dateValue(t) != null;
    }

    /** A time of a named day ("2011-03-01TMO" of "early Tuesday morning", "...T21:00" of "9 p.m. Monday"). */
    private static final Pattern TIME_OF_DAY = Pattern.compile("(\\d{4}-\\d\\d-\\d\\d)T.*");

    /**
     * The calendar date an expression gives an event: a DATE's value, or the day of a TIME that names its day
     * ("early Tuesday morning", "on Monday night"): events are dated to the day, and the part of the day or the
     * clock time is no less the event's day. Null for durations, sets, vague references and bare clock times.
     */
    static String dateValue(TimeExpression t) {
        if (t.value() == null) return null;
        if ("DATE".equals(t.type())) return t.value().endsWith("_REF") || t.value().startsWith("P") ? null : t.value();
        if (!"TIME".equals(t.type())) return null;
        Matcher m = TIME_OF_DAY.matcher(t.value());
        return m.matches() ? m.group(1) : null;
    }

    /** The modifier an expression gives the date: a TIME's ("early" morning) is about the hour, not the day. */
    static DateModifier dateMod(TimeExpression t) {
        return "DATE".equals(t.type()) ? t.mod() : null;
    }

    /** The place: a location entity under an "in"/"at" phrase of one of the anchor words, searched in depth. */
    String place(Set<Integer> anchors) {
        String found = null;
        for (int a : anchors) {
            for (int k : c.children(a, "obl", "nmod")) {
                if (c.rel(k).equals("nmod:poss") || c.rel(k).equals("obl:tmod")) continue;
                String p = placeBelow(k, 0);
                if (p != null && found == null) found = p;
            }
        }
        return found;
    }

    private String placeBelow(int k, int depth) {
        if (depth > 3) return null;
        String deeper = null;
        for (int n : c.children(k, "nmod")) {
            String p = placeBelow(n, depth + 1);
            if (p != null) deeper = p;
        }
        if (deeper != null) return deeper;
        String cs = c.caseOf(k);
        if (!PLACE_CASES.contains(cs)) return null;
        for (Entity e : c.entitiesAt(k)) {
            if (e.type() == EntityType.LOCATION || e.type() == EntityType.COUNTRY) return e.canonical() != null ? e.canonical() : e.text();
        }
        return null;
    }

    /** What it was about: "talks on X", "demand for X", or the object of "discussed" coordinated with the event. */
    String topic(int trigger, Set<Integer> anchors) {
        for (int k : c.children(trigger, "nmod", "obl")) {
            if (TOPIC_CASES.contains(c.caseOf(k)) && !c.relIs(k, "obl:tmod") && !isTimeOrPlace(k)) return phrase(k);
        }
        for (int a : anchors) {
            for (int v : c.children(a, "conj")) {
                if (TOPIC_VERBS.contains(c.lemma(v))) {
                    for (int o : c.children(v, "obj")) return phrase(o);
                    for (int o : c.children(v, "obl")) if (TOPIC_CASES.contains(c.caseOf(o))) return phrase(o);
                }
            }
        }
        return null;
    }

    private boolean isTimeOrPlace(int k) {
        if (c.tokens.get(k).pos().equals("CD")) return true;
        for (Entity e : c.entitiesAt(k)) if (e.type() == EntityType.LOCATION) return true;
        String w = c.lower(k);
        return w.matches("monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|day|time|hours?");
    }

    /** A phrase without its leading preposition, cut at a relative or adverbial clause. */
    String phrase(int k) {
        List<Integer> idx = new ArrayList<>(c.subtreeWithout(k, Set.of("acl:relcl", "advcl", "parataxis")));
        idx.removeIf(i -> c.rel(i).equals("case") && c.head(i) == k || c.rel(i).equals("mark") && c.head(i) == k);
        // keep a contiguous run around the head
        List<Integer> run = new ArrayList<>();
        int pos = idx.indexOf(k);
        if (pos < 0) return null;
        int lo = pos, hi = pos;
        while (lo > 0 && idx.get(lo - 1) == idx.get(lo) - 1) lo--;
        while (hi + 1 < idx.size() && idx.get(hi + 1) == idx.get(hi) + 1) hi++;
        for (int i = lo; i <= hi; i++) run.add(idx.get(i));
        while (!run.isEmpty() && c.pos(run.get(run.size() - 1)).matches("[,.:]|CC|``|''|-RRB-")) run.remove(run.size() - 1);
        while (!run.isEmpty() && c.pos(run.get(0)).matches("[,.:]|CC|``|''")) run.remove(0);
        String t = c.text(run, ctx.article.body());
        if (t == null) return null;
        t = t.replaceAll("\\s+", " ").strip();
        return t.length() > 160 ? t.substring(0, 160) : t;
    }

    /** "no agreement" when the event or the verb it is the subject of ended "without a deal" / "with no deal". */
    String outcome(int trigger, Set<Integer> anchors) {
        List<Integer> nodes = new ArrayList<>(anchors);
        if (c.relIs(trigger, "nsubj")) nodes.add(c.head(trigger));
        for (int k : c.children(trigger, "amod", "compound")) {
            String w = c.lower(k);
            if (w.equals("no-deal") || w.equals("deal") && !c.children(k, "det", "advmod").isEmpty()
                    && c.lower(c.children(k, "det", "advmod").get(0)).equals("no")) return "no agreement";
        }
        for (int n : nodes) {
            if (n < 0) continue;
            for (int k : c.children(n, "obl", "nmod")) {
                if (!DEAL_WORDS.contains(c.lower(k))) continue;
                String cs = c.caseOf(k);
                boolean no = c.determinedByNo(k);
                if (cs.equals("without") || cs.equals("with") && no) return "no agreement";
            }
        }
        return null;
    }

    static String lower(String s) { return s == null ? null : s.toLowerCase(Locale.ROOT); }

    /**
     * "will fly to New York to attend the Assembly, where he is expected to meet X": an event in the purpose of a
     * journey happens where the journey goes. Climbs from the event through open complements, relative clauses,
     * objects and coordination (not through reported speech) to a travel verb, and takes its destination city.
     */
    int journeyAbove(int i, TriggerLexicon lex) {
        for (int n = i, guard = 0; n >= 0 && guard < 10; guard++) {
            if (!c.relIs(n, "xcomp", "acl", "obj", "conj", "nmod", "obl") && !c.infinitival(n)) return -1;
            // "to meet Zhao, whose government offered ...": a clause about a person is not what the journey is for
            if (c.relIs(n, "acl:relcl") && c.entitiesAt(c.head(n)).stream().anyMatch(e -> e.type() == EntityType.PERSON)) return -1;
            n = c.head(n);
            if (n < 0) return -1;
            Trigger t = lex.triggerFor(c.tokens.get(n));
            if (t == null || t.noun() || !CameoCodes.MAKE_VISIT.equals(t.cameo())) continue;
            return n;
        }
        return -1;
    }

    /** The city a travel verb goes to ("fly to New York"), or null. */
    String destinationOf(int n) {
        for (int p : c.children(n, "obl")) {
            if (!DESTINATION_CASES.contains(c.caseOf(p))) continue;
            for (var e : c.entitiesAt(p)) {
                if (e.type() == EntityType.LOCATION && !ctx.isCountryName(e)) return e.canonical() != null ? e.canonical() : e.text();
            }
        }
        return null;
    }
}
