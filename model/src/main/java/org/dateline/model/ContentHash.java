package org.dateline.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Hash of an article's text, normalised so that white-space and case differences do not make a new document. */
public final class ContentHash {
    /** Runs of white space, compiled once: every article read is hashed. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ContentHash() {}

    public static String of(String headline, String body) {
        String norm = SPACES.matcher(((headline == null ? "" : headline) + "\n" + body).toLowerCase(Locale.ROOT))
                .replaceAll(" ").strip();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(norm.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
