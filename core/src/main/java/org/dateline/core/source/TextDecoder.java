package org.dateline.core.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * Bytes to text, trusting in this order: a byte-order mark, the charset the transport declared (when the bytes
 * decode cleanly under it), one the document declares (HTML meta), strict UTF-8, a statistical guess
 * (juniversalchardet), windows-1252.
 * Why this order: declared charsets on the web are often wrong, while bytes that decode as strict UTF-8 are
 * almost never anything else.
 */
public final class TextDecoder {
    private TextDecoder() {}

    /** Refuses empty and binary content with a one-line reason. */
    public static void checkReadable(byte[] bytes) throws UnreadableDocumentException {
        if (bytes.length == 0) throw new UnreadableDocumentException("empty document");
        int n = Math.min(bytes.length, 8192), nul = 0, control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) nul++;
            else if (b < 9 || (b > 13 && b < 32 && b != 27)) control++;
        }
        boolean utf16 = n >= 2 && ((bytes[0] & 0xff) == 0xFE || (bytes[0] & 0xff) == 0xFF);
        if (!utf16 && (nul > 0 || control > n / 20)) {
            throw new UnreadableDocumentException("binary content, not a text or HTML page");
        }
        if (new String(bytes, 0, n, StandardCharsets.ISO_8859_1).isBlank()) {
            throw new UnreadableDocumentException("empty document (white space only)");
        }
    }

    public static String decode(byte[] bytes, Charset declared) {
        return decode(bytes, declared, null);
    }

    /**
     * Like {@link #decode(byte[], Charset)}, with a second, weaker declaration found inside the document itself
     * (an HTML {@code <meta charset>}). A single-byte declaration ("iso-8859-1", "windows-1252") decodes any
     * bytes, so it is only believed when the bytes are not also well-formed UTF-8 with multi-byte sequences:
     * pages that declare Latin-1 and send UTF-8 are common, the reverse by accident is practically unknown.
     */
    public static String decode(byte[] bytes, Charset declared, Charset inDocument) {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new String(bytes, skip, bytes.length - skip, bom);
        }
        String utf8 = null;
        boolean utf8Checked = false;
        for (Charset cs : new Charset[] {declared, inDocument}) {
            if (cs == null) continue;
            cs = browserAlias(cs);
            if (!isUtf(cs) && cs.newEncoder().maxBytesPerChar() <= 1.0f) {
                if (!utf8Checked) { utf8 = strictUtf8WithMultibyte(bytes); utf8Checked = true; }
                if (utf8 != null) return utf8;
            }
            String s = strict(bytes, cs);
            if (s != null) return s;
        }
        String plain = strict(bytes, StandardCharsets.UTF_8);
        if (plain != null) return plain;
        Charset guessed = guess(bytes);
        return new String(bytes, guessed != null ? browserAlias(guessed) : Charset.forName("windows-1252"));
    }

    /** Browsers read "iso-8859-1" and "us-ascii" as windows-1252; so do the pages written for them. */
    private static Charset browserAlias(Charset cs) {
        String n = cs.name();
        if (n.equals("ISO-8859-1") || n.equals("US-ASCII")) return Charset.forName("windows-1252");
        return cs;
    }

    private static boolean isUtf(Charset cs) { return cs.name().startsWith("UTF-"); }

    /** The UTF-8 text when the bytes are well-formed UTF-8 and hold at least one non-ASCII character, else null. */
    private static String strictUtf8WithMultibyte(byte[] bytes) {
        boolean high = false;
        for (byte b : bytes) {
            if (b < 0) { high = true; break; }
        }
        return high ? strict(bytes, StandardCharsets.UTF_8) : null;
    }

    static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) return StandardCharsets.UTF_8;
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) return StandardCharsets.UTF_16BE;
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) return StandardCharsets.UTF_16LE;
        return null;
    }

    /** The text if every byte decodes under the charset, else null. */
    public static String strict(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static Charset guess(byte[] bytes) {
        UniversalDetector d = new UniversalDetector();
        d.handleData(bytes, 0, Math.min(bytes.length, 64 * 1024));
        d.dataEnd();
        String name = d.getDetectedCharset();
        try {
            return name == null ? null : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
