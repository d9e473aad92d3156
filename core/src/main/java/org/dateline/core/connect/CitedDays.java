package org.dateline.core.connect;

import java.util.Locale;
import java.util.Set;

import org.dateline.model.TimeExpression;

/**
 * Days that date the source a report cites, not its deed: "the court sentenced him to prison, according to Yonhap
 * News on Oct. 19", "according to KBS on Tuesday". The agency retells another medium's news days later and names the
 * day that medium told it, which is neither the day of the sentence nor of the agency's story; read as the deed's
 * date, it keeps the report from the story of the ruling itself, dated by the statement that denounced it "on the
 * same day". A day is cited when a {@code citation-cues} phrase ("according to") stands before it in its clause.
 */
final class CitedDays {
    private static final Set<String> CUES = ConnectWords.get("citation-cues");

    private CitedDays() {}

    /** True when a time expression of the body stands in a citation of its clause: "according to KBS on Tuesday". */
    static boolean cited(String body, TimeExpression t) {
        if (body == null || t.start() <= 0 || t.start() > body.length()) return false;
        int from = StatedDays.sentenceStart(body, t.start());
        String clause = body.substring(from, t.start()).toLowerCase(Locale.ROOT);
        int cut = Math.max(clause.lastIndexOf(", "), clause.lastIndexOf("; "));
        String words = " " + String.join(" ", Tellings.words(clause.substring(cut + 1))) + " ";
        for (String cue : CUES) if (words.contains(" " + cue.replace('_', ' ') + " ")) return true;
        return false;
    }

    /** True when the article gives that value only as days of cited sources, and at least once. */
    static boolean onlyCited(String value, ArticleContext ctx) {
        if (value == null) return false;
        boolean any = false;
        for (TimeExpression t : ctx.timexes()) {
            if (!value.equals(t.value())) continue;
            if (!cited(ctx.body(), t)) return false;
            any = true;
        }
        return any;
    }
}
