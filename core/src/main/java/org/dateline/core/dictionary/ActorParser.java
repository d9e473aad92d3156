package org.dateline.core.dictionary;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads actor records: a primary phrase with optional codes, {@code +} synonym lines, then date restrictions on
 * lines of their own (indented by a tab in PETRARCH's files; TABARI's codes on the primary line are read too).
 */
final class ActorParser extends EntryParser<ActorEntry> {
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)]");
    private static final Pattern RESTRICTION =
            Pattern.compile("(\\S+)(?:\\s+(?:([<>])\\s*(\\d{6}|\\d{8})|(\\d{6}|\\d{8})\\s*-\\s*(\\d{6}|\\d{8})))?");

    ActorParser(LineReader lines, Consumer<DictionaryException> onProblem) { super(lines, onProblem); }

    @Override
    ActorEntry parseNext() {
        DictionaryLine first = lines.next();
        if (first == null) return null;
        List<DictionaryLine> rest = new ArrayList<>();
        for (DictionaryLine l; (l = lines.next()) != null; ) {
            if (!l.text().startsWith("+") && !l.text().startsWith("[")) {
                lines.pushBack(l);
                break;
            }
            rest.add(l);
        }
        // the whole record is read before any error, so that a bad line costs that line (a bad primary phrase, the
        // record), never the lines after it
        String t = first.text();
        if (t.startsWith("+") || t.startsWith("[")) throw error(first, "a synonym or code before any actor");
        int bracket = t.indexOf('[');
        String phrase = (bracket < 0 ? t : t.substring(0, bracket)).strip();
        if (phrase.isEmpty()) throw error(first, "an actor without a phrase");
        List<String> synonyms = new ArrayList<>();
        List<ActorCode> codes = new ArrayList<>();
        if (bracket >= 0) readCodes(first, t.substring(bracket), codes);
        for (DictionaryLine l : rest) {
            String s = l.text();
            if (!s.startsWith("+")) {
                readCodes(l, s, codes);
                continue;
            }
            String synonym = s.substring(1).strip();
            if (synonym.isEmpty() || synonym.contains("[")) problem(error(l, "a synonym must be a phrase alone"));
            else synonyms.add(synonym);
        }
        return new ActorEntry(phrase, synonyms, codes, first.number());
    }

    /** Adds the codes of a line; a line that does not fit is reported and its codes left out, the record kept. */
    private void readCodes(DictionaryLine line, String text, List<ActorCode> into) {
        try {
            into.addAll(codes(line, text));
        } catch (DictionaryException e) {
            problem(e);
        }
    }

    private List<ActorCode> codes(DictionaryLine line, String text) {
        List<ActorCode> out = new ArrayList<>();
        Matcher m = BRACKET.matcher(text);
        int end = 0;
        while (m.find()) {
            if (!text.substring(end, m.start()).isBlank()) throw error(line, "text between codes");
            out.add(code(line, m.group(1).strip()));
            end = m.end();
        }
        if (!text.substring(end).isBlank()) throw error(line, "a code must be in [brackets]");
        return out;
    }

    private ActorCode code(DictionaryLine line, String inside) {
        Matcher m = RESTRICTION.matcher(inside);
        if (!m.matches()) throw error(line, "not [CODE], [CODE <date], [CODE >date] or [CODE date-date]");
        try {
            if (m.group(2) != null) {
                LocalDate day = date(m.group(3));
                return m.group(2).equals("<") ? new ActorCode(m.group(1), null, day) : new ActorCode(m.group(1), day, null);
            }
            if (m.group(4) != null) return new ActorCode(m.group(1), date(m.group(4)), date(m.group(5)));
            return new ActorCode(m.group(1), null, null);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw error(line, e.getMessage());
        }
    }

    /**
     * A YYYYMMDD or YYMMDD date; as in KEDS, TABARI and PETRARCH, YY from 00 to 30 is 20YY and the rest 19YY.
     */
    static LocalDate date(String digits) {
        int year, at;
        if (digits.length() == 6) {
            int yy = Integer.parseInt(digits.substring(0, 2));
            year = yy <= 30 ? 2000 + yy : 1900 + yy;
            at = 2;
        } else {
            year = Integer.parseInt(digits.substring(0, 4));
            at = 4;
        }
        return LocalDate.of(year, Integer.parseInt(digits.substring(at, at + 2)), Integer.parseInt(digits.substring(at + 2)));
    }
}
