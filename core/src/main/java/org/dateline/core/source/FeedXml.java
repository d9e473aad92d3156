package org.dateline.core.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;

import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;

/**
 * Parses feed bytes the way Rome does (its hardened SAX builder: no DTDs, no external entities; its encoding
 * detection and entity healer) but keeps the XML tree, so that the item dates can be read as written.
 * Why: Rome turns {@code pubDate} into a {@link java.util.Date} and loses the publisher's UTC offset, which
 * decides the calendar day of a story.
 */
final class FeedXml {
    private static final Set<String> ITEM = Set.of("item", "entry");
    /** Publication first, then modification: a story's day is when it first appeared. */
    private static final List<String> DATE_FIELDS = List.of("pubDate", "published", "issued", "date", "created",
            "updated", "modified");

    private FeedXml() {}

    static Document parse(byte[] bytes) throws IOException, JDOMException {
        SAXBuilder builder = new HardenedInput().builder();
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes), true)) {
            return builder.build(new XmlFixerReader(reader));
        }
    }

    /**
     * The date text of each item / entry in document order (null where an item has none), which is the order in
     * which Rome lists its entries.
     */
    static List<String> itemDates(Document doc) {
        List<String> dates = new ArrayList<>();
        Element root = doc.getRootElement();
        for (Element child : root.getChildren()) {
            if (ITEM.contains(child.getName())) {
                dates.add(dateOf(child));
            } else if (child.getName().equals("channel")) {
                for (Element item : child.getChildren()) {
                    if (ITEM.contains(item.getName())) dates.add(dateOf(item));
                }
            }
        }
        return dates;
    }

    private static String dateOf(Element item) {
        for (String field : DATE_FIELDS) {
            for (Element e : item.getChildren()) {
                if (e.getName().equals(field) && !e.getTextTrim().isEmpty()) return e.getTextTrim();
            }
        }
        return null;
    }

    /** Gives access to Rome's protected, hardened builder factory. */
    private static final class HardenedInput extends WireFeedInput {
        SAXBuilder builder() {
            return createSAXBuilder();
        }
    }
}
