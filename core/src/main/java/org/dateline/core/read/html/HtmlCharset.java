package org.dateline.core.read.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset an HTML page declares about itself: {@code <meta charset="...">} or the older
 * {@code <meta http-equiv="Content-Type" content="text/html; charset=...">}. Read from the raw bytes before
 * decoding, as browsers do, within the first 16 KB.
 */
final class HtmlCharset {
    private static final int PRESCAN = 16 * 1024;
    private static final Pattern META = Pattern.compile("<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);

    private HtmlCharset() {}

    /** The declared charset, or null when there is none or Java does not know its name. */
    static Charset declaredIn(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        if (!m.find()) return null;
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("utf8")) name = "utf-8";
        try {
            Charset cs = Charset.forName(name);
            // A page that says UTF-16 in an ASCII-readable meta tag is not UTF-16 (HTML spec: treat as UTF-8).
            return cs.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : cs;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
