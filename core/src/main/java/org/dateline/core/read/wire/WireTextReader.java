package org.dateline.core.read.wire;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.model.Article;
import org.dateline.model.DateCandidate;
import org.dateline.core.read.draft.Agencies;
import org.dateline.core.read.draft.ArticleDraft;
import org.dateline.core.source.TextDecoder;
import org.dateline.core.source.UnreadableDocumentException;
import org.dateline.core.source.RawDocument;

/**
 * Reads a plain-text wire page as a scraper saves it: an optional {@code date YYYY-MM-DD} header, the headline, an
 * optional {@code By ...} byline, a dateline paragraph, body paragraphs (one per line), then the sign-off
 * ({@code (END)}, a reporter e-mail) and whatever page furniture followed (most-viewed lists, related headlines).
 *
 * <p>Furniture is cut from the end rather than recognised everywhere, because wire bodies never resume after
 * their sign-off; a page without a sign-off loses only a trailing run of numbered headline lists.
 */
public final class WireTextReader {
    /** Past this many words a first line is the lead's sentence, not a headline. */
    private static final int MAX_HEADLINE_WORDS = 20;
    private static final Pattern DATE_HEADER = Pattern.compile("^\\s*date[:\\s]+(\\d{4}-\\d{2}-\\d{2})\\b\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile("^\\s*By\\s+(\\p{Lu}[\\p{L}.'\\-]*(?:[ ,]+(?:and\\s+)?\\p{Lu}[\\p{L}.'\\-]*){0,7})\\s*$");
    private static final Pattern EMAIL_LINE = Pattern.compile("^\\s*\\(?([\\w.+\\-]+@[\\w\\-]+(?:\\.[\\w\\-]+)+)\\)?\\s*(?:\\(END\\))?\\s*$");
    private static final Pattern END_MARK = Pattern.compile("\\s*\\((?:END|MORE|ENDS)\\)\\s*$|^\\s*(?:-\\s*)?(?:END|ENDS|###|-30-)\\s*$");
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*(?:-|\u2013|\u2014|\\d{1,2}\\.?|\u2022)\\s*$");

    public Article read(RawDocument raw) throws UnreadableDocumentException {
        String text = TextDecoder.decode(raw.bytes(), raw.charset()).replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\n")) lines.add(l.replace('\u00a0', ' ').strip());
        ArticleDraft d = new ArticleDraft();
        int i = skipBlank(lines, 0);
        if (i >= lines.size()) throw new UnreadableDocumentException("empty document (no text)");

        // Header line(s): "date 2019-09-19" alone or before the headline on the same line.
        Matcher h = DATE_HEADER.matcher(lines.get(i));
        if (h.matches()) {
            addHeaderDate(d, h.group(1));
            if (h.group(2).isBlank()) i = skipBlank(lines, i + 1);
            else lines.set(i, h.group(2).strip());
        }
        if (i < lines.size() && looksLikeHeadline(lines, i, raw.title())) {
            d.headline = lines.get(i);
            i = skipBlank(lines, i + 1);
        }
        if (i < lines.size()) {
            Matcher b = BYLINE.matcher(lines.get(i));
            if (b.matches()) {
                d.byline = b.group(1).strip();
                i = skipBlank(lines, i + 1);
            }
        }
        int end = bodyEnd(lines, i, d);
        List<String> body = new ArrayList<>();
        for (int k = i; k < end; k++) {
            String l = END_MARK.matcher(lines.get(k)).replaceAll("").strip();
            if (!l.isEmpty()) body.add(l);
        }
        if (!body.isEmpty()) {
            DatelineParser.Dateline dl = DatelineParser.parse(body.get(0));
            if (dl != null) {
                d.datelinePlace = dl.place();
                d.datelineText = dl.dateText();
                d.agency = Agencies.canonical(dl.agency());
                if (dl.rest().isBlank()) body.remove(0);    // the dateline had a line of its own
                else body.set(0, dl.rest());
            }
        }
        d.paragraphs.addAll(body);
        if (d.paragraphs.isEmpty() && d.headline == null) throw new UnreadableDocumentException("no article text found");
        return d.finish(raw);
    }

    private static void addHeaderDate(ArticleDraft d, String iso) {
        try {
            d.dates.add(new DateCandidate(LocalDate.parse(iso).toString(), "header", "date " + iso));
        } catch (DateTimeParseException e) {
            // an impossible header date (2019-02-30) is ignored rather than trusted
        }
    }

    /**
     * The first line is a headline when the source gave none and it reads like one (short, no closing period or
     * colon, not a dateline), or when it repeats the title the source gave.
     */
    private static boolean looksLikeHeadline(List<String> lines, int i, String sourceTitle) {
        String line = lines.get(i);
        if (sourceTitle != null) return normalise(line).equals(normalise(sourceTitle));
        // a headline is short: past twenty words the line is the lead's first sentence (broadcast transcripts end
        // theirs with a question mark as often as with a period)
        if (line.length() > 250 || line.split("\\s+").length > MAX_HEADLINE_WORDS || DatelineParser.parse(line) != null) {
            return false;
        }
        int next = skipBlank(lines, i + 1);
        boolean followedByFrame = next < lines.size()
                && (BYLINE.matcher(lines.get(next)).matches() || DatelineParser.parse(lines.get(next)) != null);
        // a line ending in a colon introduces what follows ("The paper said in an editorial on Monday:")
        return followedByFrame || !(line.endsWith(".") || line.endsWith(":"));
    }

    /**
     * Index of the first line that is not body: the sign-off ("(END)", a reporter e-mail) or, on pages without one,
     * the start of a trailing furniture list. An e-mail found there becomes the contact.
     */
    private static int bodyEnd(List<String> lines, int from, ArticleDraft d) {
        for (int k = from; k < lines.size(); k++) {
            String l = lines.get(k);
            Matcher e = EMAIL_LINE.matcher(l);
            if (e.matches()) {
                d.contact = e.group(1).toLowerCase(Locale.ROOT);
                return k;
            }
            if (l.matches("\\(\\s*END\\s*\\)") || l.matches("(?i)-?\\s*(?:END|ENDS|###|-30-)")) {
                contactAfter(lines, k + 1, d);
                return k;
            }
            if (END_MARK.matcher(l).find() && l.length() > 8) {
                contactAfter(lines, k + 1, d);
                return k + 1; // "... the ministry added. (END)": the line is body, the mark is stripped later
            }
            if (LIST_MARK.matcher(l).matches() && startsFurniture(lines, k)) return k;
        }
        return lines.size();
    }

    private static void contactAfter(List<String> lines, int from, ArticleDraft d) {
        for (int k = from; k < Math.min(lines.size(), from + 3) && d.contact == null; k++) {
            Matcher e = EMAIL_LINE.matcher(lines.get(k));
            if (e.matches()) d.contact = e.group(1).toLowerCase(Locale.ROOT);
        }
    }

    /** A list marker followed, within a few lines, by more markers and short unpunctuated lines: a headline list. */
    private static boolean startsFurniture(List<String> lines, int k) {
        int markers = 0, shortLines = 0, limit = Math.min(lines.size(), k + 9);
        for (int j = k; j < limit; j++) {
            String l = lines.get(j);
            if (l.isEmpty()) continue;
            if (LIST_MARK.matcher(l).matches()) markers++;
            else if (l.length() < 160) shortLines++;
        }
        return markers >= 3 && shortLines >= 1;
    }

    private static int skipBlank(List<String> lines, int i) {
        while (i < lines.size() && lines.get(i).isEmpty()) i++;
        return i;
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
