package org.dateline.core.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.JDOMFactory;
import org.jdom2.input.sax.SAXHandler;

import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;

/**
 * Parses feed bytes the way Rome does (its hardened SAX builder: no external DTD or entity is ever loaded; its
 * encoding detection and entity healer) but keeps the XML tree, so that the item dates can be read as written.
 * Why: Rome turns {@code pubDate} into a {@link java.util.Date} and loses the publisher's UTC offset, which
 * decides the calendar day of a story.
 *
 * <p>A DOCTYPE is accepted (RSS 0.91 feeds carry Netscape's), but its DTD is not fetched, and a feed whose DOCTYPE
 * declares entities is refused whole before any is expanded: no feed needs its own entities, and they are how XML
 * reads local files (external entities) or exhausts memory (nested expansion).
 */
final class FeedXml {
    private static final Set<String> ITEM = Set.of("item", "entry");
    /** Publication first, then modification: a story's day is when it first appeared. */
    private static final List<String> DATE_FIELDS = List.of("pubDate", "published", "issued", "date", "created",
            "updated", "modified");

    private FeedXml() {}

    static Document parse(byte[] bytes) throws IOException, JDOMException {
        SAXBuilder builder = new HardenedInput().builder();
        builder.setSAXHandlerFactory(NoEntityDeclarations::new);
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes), true)) {
            return builder.build(new XmlFixerReader(reader));
        } catch (EntityDeclared e) {
            throw new JDOMException(e.getMessage(), e);
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

    /** Gives access to Rome's protected, hardened builder factory, with DOCTYPEs allowed (their DTDs never read). */
    private static final class HardenedInput extends WireFeedInput {
        HardenedInput() {
            setAllowDoctypes(true);
        }

        SAXBuilder builder() {
            return createSAXBuilder();
        }
    }

    /** Stops the parse at the first entity a DOCTYPE declares, before anything refers to it. */
    private static final class NoEntityDeclarations extends SAXHandler {
        NoEntityDeclarations(JDOMFactory factory) {
            super(factory);
        }

        @Override public void internalEntityDecl(String name, String value) {
            throw new EntityDeclared(name);
        }

        @Override public void externalEntityDecl(String name, String publicId, String systemId) {
            throw new EntityDeclared(name);
        }

        @Override public void unparsedEntityDecl(String name, String publicId, String systemId, String notationName) {
            throw new EntityDeclared(name);
        }
    }

    private static final class EntityDeclared extends RuntimeException {
        EntityDeclared(String name) {
            super("the DOCTYPE declares the entity " + name + "; a feed's own entities are never read");
        }
    }
}
