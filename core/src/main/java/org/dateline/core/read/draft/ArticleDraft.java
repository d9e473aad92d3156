package org.dateline.core.read.draft;

import java.util.ArrayList;
import java.util.List;

import org.dateline.model.Article;
import org.dateline.model.ContentHash;
import org.dateline.model.DateCandidate;
import org.dateline.core.source.RawDocument;

/**
 * The fields a format reader (wire text, HTML) found, before the shared finishing steps: revision label,
 * language, publication date choice, content hash and id. Format readers fill one and call
 * {@link #finish(RawDocument)}; nothing else should build {@link Article}s from raw pages.
 */
public final class ArticleDraft {
    public String headline;
    public String byline;
    public String agency;
    public String datelinePlace;
    public String datelineText;
    public String contact;
    public String revision;
    public String language;
    /** Body paragraphs, already free of furniture; joined with blank lines by {@link #finish}. */
    public final List<String> paragraphs = new ArrayList<>();
    /** Dates the page itself offered (header, JSON-LD, meta, time element), strongest first. */
    public final List<DateCandidate> dates = new ArrayList<>();

    /**
     * Runs the finishing steps shared by every format and returns the immutable article. Control characters and
     * bidi overrides are removed here ({@link ControlCharacters}), so no format can store or print them.
     */
    public Article finish(RawDocument raw) {
        String head = ControlCharacters.cleanLine(headline == null ? raw.title() : headline);
        RevisionLabel.Split split = RevisionLabel.split(head);
        String rev = revision != null ? ControlCharacters.cleanLine(revision) : split.label();
        String body = String.join("\n\n", paragraphs.stream().map(ControlCharacters::clean).map(String::strip)
                .filter(p -> !p.isEmpty()).toList());
        String lang = language != null ? language : LanguageGuesser.guess(split.rest() + "\n" + body);
        PublicationDateChooser.Choice date = PublicationDateChooser.choose(dates, datelineText, raw, body);
        String hash = ContentHash.of(split.rest(), body);
        String id = raw.id() != null ? raw.id() : hash.substring(0, 16);
        return new Article(id, raw.source(), raw.url(), split.rest(), blankToNull(byline), blankToNull(agency),
                blankToNull(datelinePlace), blankToNull(datelineText), date.value(), date.yearInferred(),
                date.candidates(), blankToNull(contact), rev, lang, body, hash);
    }

    /** A one-line field, cleaned of controls, or null when nothing is left. */
    private static String blankToNull(String s) {
        String clean = ControlCharacters.cleanLine(s);
        return clean == null || clean.isBlank() ? null : clean.strip();
    }
}
