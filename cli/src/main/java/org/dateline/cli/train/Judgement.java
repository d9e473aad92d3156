package org.dateline.cli.train;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * One judged unit the trainer counts: a coded event with its features and whether the judge found it right, or an
 * event the coder missed (no features: not a training row, but a gold event the recall counts).
 *
 * @param doc      the document's key ("kcna:6370", "n4k:...", "htmldate:...")
 * @param features the event's features (empty for a missed event)
 * @param label    right, wrong or missed
 */
record Judgement(String doc, List<String> features, Label label) {
    enum Label { RIGHT, WRONG, MISSED }

    boolean coded() { return label != Label.MISSED; }

    boolean right() { return label == Label.RIGHT; }

    /** KCNA stories against general web news: the two families the report splits. */
    boolean kcna() { return doc.startsWith("kcna:"); }

    /** The document's half, A or B: {@code sha1("s30:half:"+doc) % 2}, the same as in the judges' view. */
    char half() { return halfOf(doc); }

    /** A document's half, A or B, by its key. */
    static char halfOf(String doc) { return bucket("s30:half:" + doc, 2) == 0 ? 'A' : 'B'; }

    /** The document's cross-validation fold inside a half, 0..folds-1. */
    int fold(int folds) { return bucket("s30:fold:" + doc, folds); }

    static int bucket(String text, int n) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, sha).mod(BigInteger.valueOf(n)).intValue();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
