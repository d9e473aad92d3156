package org.dateline.core.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jsoup.nodes.Entities;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;

/**
 * The items of an RSS (0.9x, 1.0, 2.0) or Atom feed, each as one HTML document made of what the feed carries:
 * {@code content:encoded} / Atom {@code content}, else the description or summary.
 *
 * <p>A feed is read whole (Rome builds a tree; feeds are small), capped at {@value #MAX_FEED_MB} MB. The linked
 * full pages are <em>not</em> fetched: an item with no content at all yields a {@link SourceError} naming its link,
 * so that a caller that wants full text knows which pages to get. Item {@code source} is {@code feed#item-N}.
 */
public final class FeedSource implements DocumentSource {
    static final int MAX_FEED_MB = 32;

    /** One feed item with the key that identifies it across polls (guid, else link, else title); key may be null. */
    record FeedItem(String key, SourceItem item) {}

    private final String name;
    private final StreamOpener opener;

    public FeedSource(Path file) {
        this(file.toString(), () -> Files.newInputStream(file));
    }

    public FeedSource(String name, StreamOpener opener) {
        this.name = name;
        this.opener = opener;
    }

    @Override public String name() { return name; }

    @Override public void read(Consumer<SourceItem> sink) {
        ContentRouter.route(name, opener, SourceKind.FEED, ContentRouter.Hints.NONE, sink);
    }

    /** Reads an opened (already gunzipped) feed stream to the sink; never throws. */
    static void readStream(String name, InputStream in, Consumer<SourceItem> sink) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((MAX_FEED_MB << 20) + 1);
        } catch (IOException e) {
            sink.accept(new SourceError(name, Reasons.of(e)));
            return;
        }
        if (bytes.length > MAX_FEED_MB << 20) {
            sink.accept(new SourceError(name, "feed larger than " + MAX_FEED_MB + " MB, not read"));
            return;
        }
        for (FeedItem item : items(name, bytes)) sink.accept(item.item());
    }

    /** Parses a whole feed; a feed that is not readable gives one error item with a null key. */
    static List<FeedItem> items(String name, byte[] bytes) {
        Document doc;
        try {
            doc = FeedXml.parse(bytes);
        } catch (JDOMException e) {
            return failed(name, "malformed feed XML: " + Reasons.oneLine(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            return failed(name, "unreadable feed: " + Reasons.of(e));
        }
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(doc);
        } catch (IllegalArgumentException | FeedException e) {
            return failed(name, "not an RSS or Atom feed (root element <" + doc.getRootElement().getQualifiedName() + ">)");
        } catch (RuntimeException e) {
            return failed(name, "unreadable feed: " + Reasons.of(e));
        }
        List<String> statedDates = FeedXml.itemDates(doc);
        List<SyndEntry> entries = feed.getEntries();
        if (statedDates.size() != entries.size()) statedDates = null; // cannot pair them up: use Rome's dates
        List<FeedItem> items = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            String stated = statedDates == null ? null : statedDates.get(i);
            items.add(item(name + "#item-" + (i + 1), entries.get(i), stated));
        }
        return items;
    }

    private static List<FeedItem> failed(String name, String reason) {
        return List.of(new FeedItem(null, new SourceError(name, reason)));
    }

    private static FeedItem item(String source, SyndEntry entry, String statedDate) {
        String link = link(entry);
        String guid = blankToNull(entry.getUri());
        String title = blankToNull(entry.getTitle());
        String key = guid != null ? guid : link != null ? link : title;
        String html = content(entry);
        if (html == null) {
            return new FeedItem(key, new SourceError(source, "feed item has no content or description"
                    + (link != null ? "; its page " + link + " is not fetched" : " and no link")));
        }
        LocalDate date = StatedDates.parse(statedDate);
        if (date == null) date = utcDate(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate());
        return new FeedItem(key, new RawDocument(source, guid, link, RawDocument.Format.HTML,
                html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, date, title == null ? null : title.strip()));
    }

    /** The fullest text the item carries, as HTML; null when it carries none. */
    private static String content(SyndEntry entry) {
        StringBuilder html = new StringBuilder();
        for (SyndContent c : entry.getContents()) append(html, c);
        if (html.isEmpty() && entry.getDescription() != null) append(html, entry.getDescription());
        return html.isEmpty() ? null : html.toString();
    }

    private static void append(StringBuilder html, SyndContent c) {
        String value = c.getValue();
        if (value == null || value.isBlank()) return;
        String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
        if (!html.isEmpty()) html.append('\n');
        // RSS descriptions are declared HTML but are often bare text: without a paragraph the reader finds no body
        if (type.equals("text") || type.equals("text/plain") || value.indexOf('<') < 0) {
            html.append("<p>").append(Entities.escape(value.strip())).append("</p>");
        } else {
            html.append(value.strip());
        }
    }

    private static String link(SyndEntry entry) {
        String link = blankToNull(entry.getLink());
        if (link != null) return link.strip();
        for (SyndLink l : entry.getLinks()) {
            if (blankToNull(l.getHref()) != null) return l.getHref().strip();
        }
        return null;
    }

    private static LocalDate utcDate(Date date) {
        return date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
