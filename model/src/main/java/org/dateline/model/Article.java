package org.dateline.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A news article as read from a page: its fields and a clean body. Every offset elsewhere in the pipeline
 * is a character offset into {@link #body()}.
 *
 * @param id              stable identifier: the source's id when it gave one, else derived from the content hash
 * @param source          where the page came from (path, URL, WARC record)
 * @param url             the page URL, when known
 * @param headline        the headline, without revision labels such as "(LEAD)"
 * @param byline          the reporter's name(s), without "By"; null when the page names none
 * @param agency          the agency in the dateline, e.g. "Yonhap", "AP"; null when none
 * @param datelinePlace   the dateline city as written, e.g. "SEOUL"
 * @param datelineText    the dateline date as written, e.g. "Sept. 18"
 * @param publicationDate TimeML value of the chosen publication date: "2019-09-19", or "XXXX-09-26" when the
 *                        year is unknown; null when nothing gives a date
 * @param yearInferred    true when the year did not come from the article itself (a --date, feed or thread)
 * @param dateCandidates  every date the page and its source offered, with where each came from
 * @param contact         a reporter e-mail found in the sign-off, taken out of the body
 * @param revision        a wire revision label: "(LEAD)", "(2nd LD)", "(URGENT)", "UPDATE 2", "REFILE"; or null
 * @param language        ISO 639-1 code ("en"), or "und" when unknown
 * @param body            clean body text: paragraphs separated by a blank line, no furniture
 * @param contentHash     hex SHA-256 of the normalised headline and body; equal for exact copies
 */
public record Article(String id, String source, String url, String headline, String byline, String agency,
                      String datelinePlace, String datelineText, String publicationDate, boolean yearInferred,
                      List<DateCandidate> dateCandidates, String contact, String revision, String language,
                      String body, String contentHash) {

    public Article {
        dateCandidates = dateCandidates == null ? List.of() : List.copyOf(dateCandidates);
        if (body == null) body = "";
        if (language == null) language = "und";
    }

    /** The publication day, when year, month and day are all known. */
    public Optional<LocalDate> publicationDay() {
        if (publicationDate == null || publicationDate.length() != 10 || publicationDate.startsWith("X")) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.parse(publicationDate));
    }

    /** The same article credited to another agency (e.g. the one its web site belongs to). */
    public Article withAgency(String agency) {
        return new Article(id, source, url, headline, byline, agency, datelinePlace, datelineText, publicationDate,
                yearInferred, dateCandidates, contact, revision, language, body, contentHash);
    }

    /** The same article credited to other writers, or to none ({@code null}). */
    public Article withByline(String byline) {
        return new Article(id, source, url, headline, byline, agency, datelinePlace, datelineText, publicationDate,
                yearInferred, dateCandidates, contact, revision, language, body, contentHash);
    }

    /** True when the language is English, or unknown and assumed to be. */
    public boolean isEnglish() { return "en".equals(language) || "und".equals(language); }
}
