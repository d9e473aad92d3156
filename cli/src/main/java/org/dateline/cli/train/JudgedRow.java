package org.dateline.cli.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One row of a judge's file ({@code judged-NAME.tsv}): a coded event with its verdict, or an event the coder missed.
 * Columns: {@code doc start end trigger coded_type verdict gold_type gold_cameo actor date reason [gold_date]}; the
 * trainer reads the first six, the judged evaluation also the gold type and actor ({@code "-"} where the file has none)
 * (the proposer's trainer also the gold CAMEO code) and the optional twelfth column, the gold date of the event: a TimeML value, {@code "-"} where the text gives the act
 * no time of its own, empty or absent where nobody has dated it yet ({@code goldDate} null: not checked); another
 * text is refused ({@link #GOLD_DATE}). The eleventh, the judge's reason ({@code "-"} where none), names the construction
 * in the listing of gold events still missed.
 */
record JudgedRow(String doc, int start, int end, String trigger, String codedType, Verdict verdict, String goldType,
                 String goldActor, String goldDate, String goldCameo, String reason) {
    /** The gold date that says the text gives the act no time of its own (the article's day "on or before", or none). */
    static final String UNDATED = "-";
    /**
     * The TimeML date values a judge writes: a day, month, year, week (or its weekend, {@code 2000-W13-WE}), season, quarter or half, a decade or century
     * ({@code 195X}, {@code 19XX}), or {@link #UNDATED}. Anything else is a typing slip that would silently count as a
     * wrong date, so reading refuses it.
     */
    private static final Pattern GOLD_DATE =
            Pattern.compile("-|\\d{4}(-(\\d{2}(-\\d{2})?|W\\d{2}(-WE)?|SP|SU|FA|WI|Q[1-4]|H[12]))?|\\d{3}X|\\d{2}XX");
    private static final String HEADER = "doc\tstart\tend\ttrigger\tcoded_type\tverdict";

    boolean missed() { return verdict == Verdict.MISSED; }

    boolean right() { return verdict == Verdict.RIGHT; }

    /** A real event stands behind the row ({@link Verdict#gold()}). */
    boolean gold() { return verdict.gold(); }

    /** The gold actor's country code ({@code "PRK"} of {@code "PRK MED"}), or "-". */
    String goldCountry() { return goldActor.split(" ")[0]; }

    /** The gold date is known: a judge dated the event (a value, or {@link #UNDATED}). */
    boolean dateChecked() { return goldDate != null; }

    private static String column(String[] c, int i) { return c.length > i && !c[i].isBlank() ? c[i].strip() : "-"; }

    /** The rows of a judged file; a line of another shape, or an unknown verdict, is an error naming the line. */
    static List<JudgedRow> read(Path file) throws IOException {
        return parse(Files.readAllLines(file), file.getFileName().toString());
    }

    static List<JudgedRow> parse(List<String> lines, String where) {
        List<JudgedRow> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || i == 0 && line.startsWith(HEADER) || line.startsWith("#")) continue;
            String[] c = line.split("\t", -1);
            String at = where + " line " + (i + 1) + ": ";
            if (c.length < 6) throw new IllegalArgumentException(at + "expected at least 6 tab-separated columns");
            Verdict verdict = Verdict.of(c[5].strip()).orElseThrow(
                    () -> new IllegalArgumentException(at + "unknown verdict '" + c[5].strip() + "'"));
            String goldDate = c.length > 11 && !c[11].isBlank() ? c[11].strip() : null;
            if (goldDate != null && !GOLD_DATE.matcher(goldDate).matches()) {
                throw new IllegalArgumentException(at + "gold date '" + goldDate + "' is not a TimeML date value or '-'");
            }
            try {
                out.add(new JudgedRow(c[0].strip(), Integer.parseInt(c[1].strip()), Integer.parseInt(c[2].strip()),
                        c[3].strip(), c[4].strip(), verdict, column(c, 6), column(c, 8), goldDate, column(c, 7),
                        column(c, 10)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(at + "start and end must be numbers");
            }
        }
        return out;
    }
}
