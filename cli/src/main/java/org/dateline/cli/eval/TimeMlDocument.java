package org.dateline.cli.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A TimeML file (TimeBank, AQUAINT) reduced to what scoring needs: the text of its TEXT element with the tags
 * stripped, the gold TIMEX3 spans as offsets into that text, and the document creation time.
 *
 * @param name  file name
 * @param dct   the creation date (functionInDocument="CREATION_TIME"), date part only
 * @param text  the TEXT element's characters
 * @param gold  the TIMEX3s inside TEXT, the creation time excluded
 */
public record TimeMlDocument(String name, LocalDate dct, String text, List<GoldTimex> gold) {

    /** One annotated expression. */
    public record GoldTimex(String text, String type, String value, int start, int end) {}

    private static final XMLInputFactory FACTORY = factory();

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** Reads one file; throws when it is no TimeML or has no creation time. */
    public static TimeMlDocument read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = FACTORY.createXMLStreamReader(in);
            StringBuilder text = new StringBuilder();
            List<GoldTimex> gold = new ArrayList<>();
            LocalDate dct = null;
            boolean inText = false;
            Map<String, String> open = null;
            int openStart = -1;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("TEXT")) inText = true;
                    if (name.equals("TIMEX3")) {
                        Map<String, String> attrs = new HashMap<>();
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        }
                        if ("CREATION_TIME".equals(attrs.get("functionInDocument"))) {
                            dct = dateOf(attrs.get("value"));
                        } else if (inText) {
                            open = attrs;
                            openStart = text.length();
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("TEXT")) inText = false;
                    if (name.equals("TIMEX3") && open != null) {
                        int end = text.length();
                        if (end > openStart) {
                            gold.add(new GoldTimex(text.substring(openStart, end), open.get("type"),
                                    open.get("value"), openStart, end));
                        }
                        open = null;
                    }
                } else if (inText && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                        || ev == XMLStreamConstants.SPACE)) {
                    text.append(r.getText());
                }
            }
            r.close();
            if (dct == null) throw new IOException("no creation time in " + file.getFileName());
            return new TimeMlDocument(file.getFileName().toString(), dct, text.toString(), gold);
        } catch (XMLStreamException e) {
            throw new IOException("not readable as TimeML: " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static LocalDate dateOf(String value) {
        if (value == null || value.length() < 10) return null;
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
