package org.dateline.core.time;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Lengths of time ("the past three days", "two-year", "several months") and recurrences ("every Monday", "weekly"). */
final class DurationRules {
    private static final Set<String> VAGUE_PLURAL_CUES = TimeWords.get("vague-plural-cues");
    private static final String SET_CUES = "(?:\\d|%|\\b(?:percent|times|twice|once|thrice|million|billion"
            + "|dollars|cents|apiece|each|won|yen|euros|pounds))\\s+";

    static final Pattern UNIT_WORD = Rx.compile("\\b" + Lexicon.alternation(Lexicon.get().unitWords())
            + "\\b");

    private DurationRules() {}

    static List<Rule> rules() {
        return List.of(
                new Rule("duration", Rx.compile("\\b(?:(?<dm>{DURMOD})\\s+)?(?<det>(?:the\\s+)?(?:past|last|next|first"
                        + "|previous|coming|following|latest|final|remaining|entire|whole|full|additional|further|same"
                        + "|initial)\\s+|the\\s+|another\\s+|an\\s+additional\\s+)?(?<n>{NUM})(?:\\s+(?:more|additional"
                        + "|full|straight|consecutive|long))?[\\s-]+(?<u>{UNIT})(?:-long)?(?![\\s-]+old\\b)"),
                        DurationRules::durationOk, DurationRules::duration).triggeredBy(UNIT_WORD, 70, 12),
                new Rule("vague-plural", Rx.compile("\\b(?<det>(?:the\\s+)?(?:past|last|next|coming|previous|following"
                        + "|recent)\\s+)?(?<u>seconds|minutes|hours|days|weeks|months|years|decades|centuries)"
                        + "(?:-long)?\\b(?!\\s+(?:of|ago|earlier|later|old)\\b)"),
                        DurationRules::vaguePluralOk, DurationRules::vaguePlural),
                new Rule("every-unit", Rx.compile("\\b(?:every|each|per)\\s+(?<other>other\\s+)?(?:(?<n>{NUM})\\s+)?"
                        + "(?<u>{UNIT})"), null, DurationRules::everyUnit),
                new Rule("a-unit", Rx.compile(SET_CUES + "(?<t>(?:a|an)\\s+(?<u>second|minute|hour|day|night|week|month"
                        + "|year|quarter))\\b"), null, DurationRules::everyUnit),
                new Rule("every-weekday", Rx.compile("\\b(?:(?:every|each)\\s+(?<wd>{WEEKDAY})|(?<wd2>monday|tuesday"
                        + "|wednesday|thursday|friday|saturday|sunday)s\\b)(?:\\s+(?<pod>mornings?|afternoons?"
                        + "|evenings?|nights?))?"), null, DurationRules::everyWeekday),
                new Rule("every-month", Rx.compile("\\b(?:every|each)\\s+(?<mo>{MONTH})"),
                        (m, b) -> DateRules.capitalised(m.group("mo")),
                        (m, c) -> new Resolution("SET", String.format("XXXX-%02d", DateRules.monthNumber(m.group("mo"))),
                                null, Basis.TEXT)),
                new Rule("every-part", Rx.compile("\\b(?:every|each)\\s+(?<pod>morning|afternoon|evening|night)\\b"),
                        null, (m, c) -> new Resolution("SET", "XXXX-XX-XXT"
                                + Lexicon.get().partsOfDay.get(m.lower("pod")), null, Basis.TEXT)),
                new Rule("frequency", Rx.compile("\\b(?<f>{FREQ})"), null,
                        (m, c) -> new Resolution("SET", Lexicon.get().frequencies.get(m.lower("f")), null, Basis.TEXT)));
    }

    private static String unitCode(String unitText) {
        String u = unitText.toLowerCase(Locale.ROOT).replaceAll("^(trading|business|working|calendar|full)\\s+", "");
        String key = Lexicon.get().unitKey(u);
        return key == null ? null : Lexicon.get().units.get(key);
    }

    private static boolean durationOk(Match m, String body) {
        String n = m.lower("n");
        String u = m.lower("u");
        boolean article = n.equals("a") || n.equals("an");
        if (article && (u.equals("second") || u.equals("quarter") || u.equals("night"))) return false;
        if (u.startsWith("quarter") && body.regionMatches(true, m.end(), " of", 0, 3)) return false;
        if (u.equals("second") && !n.matches("\\d.*") && m.lower("det") == null && !article) return false;
        if (article) {
            String prev = DateRules.previousWord(body, m.start());
            if (prev != null && (prev.matches("\\d.*|percent|times|twice|once|million|billion|dollars|cents|apiece"))) {
                return false;
            }
        }
        return !(n.equals("some") || n.equals("many")) || u.endsWith("s");
    }

    private static Resolution duration(Match m, ResolveContext c) {
        String code = unitCode(m.group("u"));
        if (code == null) return null;
        BigDecimal n = NumberWords.parse(m.group("n"));
        if (n == null) return null;
        String det = m.lower("det");
        if (code.equals("WE") && n.signum() > 0 && n.intValue() == 1 && (det == null || det.equals("the"))) return null;
        return Durations.resolve(n, code, m.group("dm"));
    }

    private static boolean vaguePluralOk(Match m, String body) {
        if (m.has("det")) return true;
        String prev = DateRules.previousWord(body, m.start());
        return prev != null && VAGUE_PLURAL_CUES.contains(prev);
    }

    private static Resolution vaguePlural(Match m, ResolveContext c) {
        String code = unitCode(m.group("u"));
        return code == null ? null : Durations.resolve(NumberWords.VAGUE, code, null);
    }

    private static Resolution everyUnit(Match m, ResolveContext c) {
        String code = unitCode(m.group("u"));
        if (code == null) return null;
        BigDecimal n = m.has("n") ? NumberWords.parse(m.group("n")) : BigDecimal.ONE;
        if (n == null || n.signum() < 0) return null;
        if (m.has("other")) n = n.multiply(BigDecimal.valueOf(2));
        String v = Durations.value(n, code);
        return v == null ? null : new Resolution("SET", v, null, Basis.TEXT);
    }

    private static Resolution everyWeekday(Match m, ResolveContext c) {
        String wd = m.has("wd") ? m.lower("wd") : m.lower("wd2");
        if (!m.has("wd") && !Character.isUpperCase(m.group("wd2").charAt(0))) return null;
        String v = "XXXX-WXX-" + Lexicon.get().weekdays.get(wd);
        if (m.has("pod")) v += "T" + Lexicon.get().partsOfDay.get(m.lower("pod").replaceAll("s$", ""));
        return new Resolution("SET", v, null, Basis.TEXT);
    }
}
