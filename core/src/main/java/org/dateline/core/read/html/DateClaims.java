package org.dateline.core.read.html;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.resources.ResourceFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Every day a page states as its first publication and every day it states as a change, wherever it says so: its
 * JSON-LD ({@code datePublished}, {@code dateCreated}, {@code uploadDate} against {@code dateModified}, in any node),
 * its meta tags ({@code publication-meta.txt} against {@code modification-meta.txt}), elements marked with
 * {@code itemprop}, and short labelled lines ("Published March 4, 2024", "Updated: 04.02.2022", in the languages of
 * {@code date-labels.txt} and {@code modification-words.txt}). Unlike the reader, which keeps the strongest of each,
 * this keeps them all and chooses none: it says what the page claims, so that an evaluation can tell a gold record
 * that took the page's change stamp for its date from a reader's wrong date. Days are read as written, in the
 * stamp's own offset.
 *
 * @param published the days stated as publication or creation, in order
 * @param modified  the days stated as a change, in order
 */
public record DateClaims(Set<LocalDate> published, Set<LocalDate> modified) {
    private static final Set<String> PUBLISHED_META = lowerCase(ResourceFile.entries(DateClaims.class,
            "publication-meta.txt"));
    private static final Set<String> MODIFIED_META = lowerCase(ResourceFile.entries(DateClaims.class,
            "modification-meta.txt"));
    /** A label of first publication in a short line ("Published on", "Veröffentlicht am"). */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile("(?iu)(?<!\\p{L})(?:"
            + String.join("|", ResourceFile.entries(DateClaims.class, "date-labels.txt")) + ")(?!\\p{L})");
    /** A label of a change in a short line ("Updated", "Zuletzt aktualisiert", "Mis à jour le"). */
    private static final Pattern MODIFIED_LABEL = Pattern.compile("(?iu)(?<!\\p{L})(?:"
            + String.join("|", ResourceFile.entries(DateClaims.class, "modification-words.txt")) + ")");
    /** How far after its label a stamp's date begins. */
    private static final int AFTER_LABEL = 60;
    /** A line this long is prose, not a stamp. */
    private static final int STAMP_LINE = 120;

    /** What the page at {@code html} states. */
    public static DateClaims of(String html) {
        return of(Jsoup.parse(html));
    }

    /** What the parsed page states. */
    public static DateClaims of(Document doc) {
        Set<LocalDate> published = new TreeSet<>();
        Set<LocalDate> modified = new TreeSet<>();
        JsonLd.Stamps stamps = JsonLd.of(doc).stamps();
        for (String d : stamps.published()) add(published, d);
        for (String d : stamps.modified()) add(modified, d);
        for (Element meta : doc.getElementsByTag("meta")) {
            for (String attr : new String[] {"property", "name", "itemprop"}) {
                String key = meta.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (key.isEmpty()) continue;
                if (PUBLISHED_META.contains(key)) add(published, meta.attr("content"));
                if (MODIFIED_META.contains(key)) add(modified, meta.attr("content"));
            }
        }
        for (Element e : doc.select("[itemprop~=(?i)^(datePublished|dateCreated|dateModified)$]:not(meta)")) {
            String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
            add(e.attr("itemprop").equalsIgnoreCase("dateModified") ? modified : published, v);
        }
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
            String line = e.text();
            if (line.isEmpty() || line.length() > STAMP_LINE) continue;
            labelled(line, MODIFIED_LABEL, modified);
            labelled(line, PUBLISHED_LABEL, published);
        }
        return new DateClaims(published, modified);
    }

    /**
     * Whether the page states {@code day} as a change and not as its publication: the day a reader or a gold record
     * that took it has taken the change stamp.
     */
    public boolean changeOnly(LocalDate day) {
        return modified.contains(day) && !published.contains(day);
    }

    /** The date written just after each {@code label} in a short line ("Published March 4 | Updated June 5"). */
    private static void labelled(String line, Pattern label, Set<LocalDate> days) {
        for (Matcher m = label.matcher(line); m.find(); ) {
            DateText.Found f = DateText.find(line.substring(m.end()), DateText.NumericOrder.MONTH_FIRST);
            if (f != null && f.start() <= AFTER_LABEL) days.add(f.day());
        }
    }

    private static void add(Set<LocalDate> days, String text) {
        LocalDate d = DateText.parse(text);
        if (d != null) days.add(d);
    }

    private static Set<String> lowerCase(List<String> keys) {
        Set<String> out = new TreeSet<>();
        for (String k : keys) out.add(k.toLowerCase(Locale.ROOT));
        return out;
    }
}
