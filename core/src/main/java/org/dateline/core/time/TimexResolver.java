package org.dateline.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions in an article body and resolves them to TimeML values anchored on the publication
 * date. Regex rules over word lists (compiled once), longest match wins, values computed in reading order so
 * that "a year earlier" can lean on the date mentioned before it. Stateless and thread-safe.
 *
 * <p>When the anchor's year is unknown no year is ever invented: a value whose year came from the anchor gets
 * XXXX ("XXXX-09-18" for "Sept. 18", "XXXX" for "last year"); an ISO week becomes XXXX-WXX; and a weekday, whose
 * date depends on the year through the anchor's own weekday, is left as the weekday alone ("Thursday" is
 * XXXX-WXX-4). Such values have {@code anchorUsed} set so they can be recomputed once the year is known.
 */
public final class TimexResolver {
    private static final List<Rule> RULES = rules();
    private static final Pattern YEAR_PREFIX = Pattern.compile("^\\d{4}");
    private static final Pattern WEEK_VALUE = Pattern.compile("^\\d{4}-W\\d{2}");
    private static final Pattern DAY_VALUE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(.*)$");

    private final TenseGuesser tenses = new TenseGuesser(Lexicon.get());

    private static List<Rule> rules() {
        List<Rule> all = new ArrayList<>();
        all.addAll(ClockRules.rules());
        all.addAll(DateRules.rules());
        all.addAll(PeriodRules.rules());
        all.addAll(RelativeRules.rules());
        all.addAll(DurationRules.rules());
        all.addAll(ReferenceRules.rules());
        for (int i = 0; i < all.size(); i++) all.get(i).rank = i;
        return List.copyOf(all);
    }

    /** Every time expression in {@code body}, in text order, without overlaps. */
    public List<Timex> resolve(String body, Anchor anchor) {
        if (body == null || body.isEmpty()) return List.of();
        List<Match> chosen = select(scan(body));
        ResolveContext ctx = new ResolveContext(body, anchor, tenses);
        List<Timex> out = new ArrayList<>(chosen.size());
        for (Match m : chosen) {
            int end = m.end();
            LocalDate ref = anchor.date();
            ZoneNote.Found note = ZoneNote.find(body, end);
            if (note != null) {
                end = note.end();
                ref = ZoneNote.shift(anchor, note.zone());
            }
            ctx.focus(m, ref);
            Resolution r;
            try {
                r = m.rule().normalizer.resolve(m, ctx);
            } catch (RuntimeException e) {
                r = null;
            }
            if (r == null || r.value() == null) continue;
            remember(ctx, r);
            boolean anchored = r.basis() != Basis.TEXT;
            String value = anchor.yearKnown() ? r.value() : mask(r);
            out.add(new Timex(body.substring(m.start(), end), r.type(), value, r.mod(), m.start(), end, anchored));
        }
        return out;
    }

    private static List<Match> scan(String body) {
        List<Match> all = new ArrayList<>();
        for (Rule rule : RULES) rule.scan(body, all);
        return all;
    }

    /** Longest first, earlier rule on ties; then whatever does not overlap an already chosen span. */
    private static List<Match> select(List<Match> all) {
        List<Match> order = new ArrayList<>(all);
        order.sort(Comparator.comparingInt((Match m) -> m.start() - m.end())
                .thenComparingInt(m -> m.rule().rank)
                .thenComparingInt(Match::start));
        List<Match> chosen = new ArrayList<>();
        boolean[] taken = new boolean[all.stream().mapToInt(Match::end).max().orElse(0) + 1];
        for (Match m : order) {
            boolean free = true;
            for (int i = m.start(); i < m.end() && free; i++) free = !taken[i];
            if (!free) continue;
            for (int i = m.start(); i < m.end(); i++) taken[i] = true;
            chosen.add(m);
        }
        chosen.sort(Comparator.comparingInt(Match::start));
        return chosen;
    }

    private static void remember(ResolveContext ctx, Resolution r) {
        if (!"DATE".equals(r.type()) || !r.reference()) return;
        String g = CalendarValues.granularity(r.value());
        if (g == null) return;
        ctx.lastDate = r.value();
        if (g.equals("Q")) ctx.lastQuarter = r.value();
    }

    /** The value with every part that depended on the anchor's unknown year replaced by X. */
    static String mask(Resolution r) {
        String v = r.value();
        switch (r.basis()) {
            case TEXT:
                return v;
            case WEEK: {
                Matcher w = WEEK_VALUE.matcher(v);
                return w.find() ? "XXXX-WXX" + v.substring(w.end()) : v;
            }
            case WEEKDAY: {
                Matcher d = DAY_VALUE.matcher(v);
                if (!d.matches()) return v;
                int dow = LocalDate.parse(d.group(1)).getDayOfWeek().getValue();
                return "XXXX-WXX-" + dow + d.group(2);
            }
            default: {
                if (YEAR_PREFIX.matcher(v).find()) return "XXXX" + v.substring(4);
                if (v.matches("\\d{3}")) return "XXX";
                if (v.matches("\\d{2}")) return "XX";
                return v;
            }
        }
    }
}
