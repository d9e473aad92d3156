package org.dateline.core.read.html;

/**
 * An unclosed {@code <![CDATA[} in a page's markup, made harmless before parsing. In HTML (outside SVG and MathML) a
 * CDATA opener is no section: a browser reads it as a bogus comment that ends at the next {@code >} and shows the
 * rest of the page. The parser we use reads it as a CDATA section running to the next {@code ]]>}, so a stray
 * opener a template left in the body, with no closer after it, turns everything that follows into one run of
 * text: the story's markup is lost and the page reads empty. Such openers are dropped; a closed one (a script's
 * {@code //<![CDATA[ ... //]]>} guard) is left as written.
 */
final class StrayCdata {
    private static final String OPEN = "<![CDATA[";
    private static final String CLOSE = "]]>";

    private StrayCdata() {}

    /** The markup with every CDATA opener that no closer follows removed; the same string when there is none. */
    static String drop(String html) {
        int from = Math.max(0, html.lastIndexOf(CLOSE));
        int at = html.indexOf(OPEN, from);
        if (at < 0) return html;
        StringBuilder out = new StringBuilder(html.length());
        int last = 0;
        while (at >= 0) {
            out.append(html, last, at);
            last = at + OPEN.length();
            at = html.indexOf(OPEN, last);
        }
        out.append(html, last, html.length());
        return out.toString();
    }
}
