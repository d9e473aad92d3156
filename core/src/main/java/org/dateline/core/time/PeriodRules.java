package org.dateline.core.time;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Business and reckoning periods: ordinal quarters and halves ("the third quarter", "fiscal 1989's second
 * quarter"), distances from now or from the last date ("three years ago", "a year earlier"), and the
 * financial "year-ago period".
 */
final class PeriodRules {
    private PeriodRules() {}

    static List<Rule> rules() {
        return List.of(
                new Rule("quarter", Rx.compile("\\b(?:(?<det>the|its|this\\s+year's|last\\s+year's|next\\s+year's"
                        + "|the\\s+(?:comparable\\s+)?year-(?:ago|earlier))\\s+)?(?:(?<y1>{YEAR})\\s+)?(?:fiscal[\\s-]+)?"
                        + "(?:(?<y3>{YEAR})\\s+)?(?<ord>{ORD})[\\s-]+(?:fiscal\\s+)?quarter\\b(?!s)(?:\\s+(?:of|in)\\s+"
                        + "(?:fiscal\\s+)?(?:(?<y2>{YEAR})|(?<yrel>this|last|next)\\s+year))?"),
                        null, PeriodRules::quarter),
                new Rule("half", Rx.compile("\\b(?:the\\s+)?(?<ord>first|second|1st|2nd)\\s+half\\b(?:\\s+of\\s+(?:"
                        + "(?:fiscal\\s+)?(?<y>{YEAR})|(?<yrel>this|last|next|the)\\s+year))?(?!\\s+of\\b)"),
                        null, PeriodRules::half),
                new Rule("ago", Rx.compile("\\b(?:(?<dm>{DURMOD})\\s+)?(?<n>{NUM})[\\s-]+(?<u>{UNIT})"
                        + "(?:\\s+or\\s+so)?\\s+(?<dir>ago|earlier|later|from\\s+now|hence)\\b"),
                        null, PeriodRules::ago).triggeredBy(Rx.compile("\\b(?:ago|earlier|later|from\\s+now|hence)\\b"),
                                90, 0),
                new Rule("year-ago", Rx.compile("\\b(?:(?<the>the)\\s+(?:comparable\\s+|corresponding\\s+|same\\s+)?)?"
                        + "year[\\s-](?:ago|earlier)(?:\\s+(?<p>period|quarter|levels?|figures?))?\\b"),
                        (m, b) -> !m.has("the") || m.has("p"), PeriodRules::yearAgo));
    }

    private static Resolution quarter(Match m, ResolveContext c) {
        int q = Integer.parseInt(Lexicon.get().ordinals.get(m.lower("ord")));
        if (q > 4) return null;
        String y = m.has("y1") ? m.group("y1") : m.has("y2") ? m.group("y2") : m.group("y3");
        if (y != null) return Resolution.date(CalendarValues.quarter(Integer.parseInt(y), q), Basis.TEXT);
        LocalDate ref = c.ref();
        int year = ref.getYear();
        String det = m.lower("det");
        String yrel = m.lower("yrel");
        if (det != null && det.contains("year-")) {
            int base = c.lastQuarter != null ? Integer.parseInt(c.lastQuarter.substring(0, 4)) : year;
            return Resolution.date(CalendarValues.quarter(base - 1, q), Basis.CALENDAR).asComparison();
        }
        if ((det != null && det.startsWith("last")) || "last".equals(yrel)) year--;
        else if ((det != null && det.startsWith("next")) || "next".equals(yrel)) year++;
        else if (!(det != null && det.startsWith("this")) && !"this".equals(yrel)) {
            int cur = CalendarValues.quarterOf(ref);
            if (q > cur && c.tense() != Tense.FUTURE) year--;
        }
        return Resolution.date(CalendarValues.quarter(year, q), Basis.CALENDAR);
    }

    private static Resolution half(Match m, ResolveContext c) {
        int h = m.lower("ord").startsWith("f") || m.lower("ord").startsWith("1") ? 1 : 2;
        if (m.has("y")) return Resolution.date(m.group("y") + "-H" + h, Basis.TEXT);
        int year = c.ref().getYear();
        String yrel = m.lower("yrel");
        if ("last".equals(yrel)) year--;
        else if ("next".equals(yrel)) year++;
        else if (yrel == null || yrel.equals("the")) {
            int cur = c.ref().getMonthValue() <= 6 ? 1 : 2;
            if (h > cur && c.tense() != Tense.FUTURE) year--;
        }
        return Resolution.date(year + "-H" + h, Basis.CALENDAR);
    }

    private static Resolution ago(Match m, ResolveContext c) {
        String dir = m.lower("dir");
        String unitKey = Lexicon.get().unitKey(m.lower("u").replaceAll("^(trading|business|working|calendar|full) ", ""));
        if (unitKey == null) return null;
        String code = Lexicon.get().units.get(unitKey);
        BigDecimal n = NumberWords.parse(m.group("n"));
        if (n == null) return null;
        boolean back = dir.equals("ago") || dir.equals("earlier");
        String mod = agoMod(m.lower("dm"));
        if (n.signum() < 0) {
            return new Resolution("DATE", back ? "PAST_REF" : "FUTURE_REF", mod, Basis.TEXT);
        }
        boolean anaphoric = dir.equals("earlier") || dir.equals("later");
        int amount = n.intValue() * (back ? -1 : 1);
        if (n.stripTrailingZeros().scale() > 0) return null;
        String g = switch (code) {
            case "Y", "E", "C" -> "Y";
            case "M" -> "M";
            case "Q" -> "Q";
            case "W", "2W", "D", "WE" -> "D";
            default -> "D";
        };
        int scaled = switch (code) {
            case "E" -> amount * 10;
            case "C" -> amount * 100;
            case "W" -> amount * 7;
            case "2W" -> amount * 14;
            default -> amount;
        };
        if (code.startsWith("T")) scaled = 0;
        String base;
        if (g.equals("Y") && n.intValue() == 1 && c.lastQuarter != null && "Q".equals(CalendarValues.granularity(c.lastDate))) {
            base = c.lastDate;
            g = "Y";
        } else if (anaphoric && c.lastDate != null && CalendarValues.granularity(c.lastDate) != null) {
            base = c.lastDate;
        } else {
            LocalDate ref = c.ref();
            base = switch (g) {
                case "Y" -> CalendarValues.year(ref.getYear());
                case "M" -> CalendarValues.month(ref);
                case "Q" -> CalendarValues.quarter(ref.getYear(), CalendarValues.quarterOf(ref));
                default -> CalendarValues.day(ref);
            };
        }
        String v = CalendarValues.shift(base, scaled, g.equals("D") ? "D" : g);
        if (v == null) return null;
        Resolution r = new Resolution("DATE", v, mod, Basis.CALENDAR);
        return back && !anaphoric && !base.equals(c.lastDate) ? r : r.asComparison();
    }

    private static String agoMod(String dm) {
        if (dm == null) return null;
        return switch (Rx.durMod(dm) == null ? "" : Rx.durMod(dm)) {
            case "MORE_THAN", "EQUAL_OR_MORE" -> "BEFORE";
            case "" -> null;
            default -> "APPROX";
        };
    }

    private static Resolution yearAgo(Match m, ResolveContext c) {
        String p = m.lower("p");
        boolean quarterly = (p != null && p.equals("quarter"))
                || "Q".equals(CalendarValues.granularity(c.lastDate)) && (p == null || p.equals("period"));
        if (quarterly) {
            String q = c.lastQuarter;
            if (q == null) {
                LocalDate prev = c.ref().minusMonths(3);
                q = CalendarValues.quarter(prev.getYear(), CalendarValues.quarterOf(prev));
            }
            return Resolution.date(CalendarValues.shift(q, -1, "Y"), Basis.CALENDAR).asComparison();
        }
        String base = c.lastDate != null && CalendarValues.granularity(c.lastDate) != null ? c.lastDate
                : CalendarValues.year(c.ref().getYear());
        return Resolution.date(CalendarValues.shift(base, -1, "Y"), Basis.CALENDAR).asComparison();
    }

}
