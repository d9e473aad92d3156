package org.dateline.core.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;

/**
 * A medium's blame or demand told as the act of its own piece: "the paper says in a commentary" that the drills are
 * a provocation, the agency's item that calls a regime's move treachery ({@code org.dateline.core.event.OwnVoice}
 * codes them with the paper or the agency, sector {@code MED}, as actor, dated the piece's day). The piece is the
 * act: the commentary of Saturday and that of Wednesday are two acts of blame, and a beat of commentaries blames one
 * party in the same words week after week, for one deed and the next. Two such pieces tell of one happening only when
 * they name the deed they blame for as few reports do ({@link HappeningWords#shareNameIn}: the man arrested, the
 * bridge where the rally was) or by the same past day ("on July 5"), or are one sentence filed twice ({@link ToldAlike#sameWords}); shared words of blame,
 * the party blamed and nearby days are no such evidence. A medium's other deeds (a paper that carried an article on
 * a day) are left to the other evidence: one article may be told in several reports.
 */
final class OwnPieces {
    /** The families a piece's own voice acts in ({@code piece-families}: blame and demand). */
    private static final Set<String> FAMILIES = ConnectWords.get("piece-families");
    static final String MEDIA = "MED";
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private OwnPieces() {}

    /**
     * True when a report is a medium's piece that cannot join a story of pieces: it comes from another article than
     * the story's and ties itself to the story by neither the same sentence nor a rare name.
     */
    static boolean apart(Story s, EventMention m, HappeningWords words) {
        if (!isPiece(m) || !isPiece(s.first()) || s.articles.contains(m.context().id())) return false;
        EventMention f = s.first();
        if (ToldAlike.sameWords(f.mention().sentence(), m.mention().sentence())) return false;
        int[] a = told(f), b = told(m);
        // the deed a piece blames for is often told in the sentence after its words of blame ("insulted the
        // leadership again. On July 5 the group let ... near the bridge"): that sentence is read too
        if (words.shareNameIn(f, text(f, a), m, text(m, b), HappeningWords.RARE)) return false;
        List<String> days = daysNamed(m, b);
        return daysNamed(f, a).stream().noneMatch(days::contains);
    }

    /** The body offsets of a report's sentence and the one after it; null when the body does not hold the span. */
    static int[] told(EventMention m) {
        String body = m.context().body();
        int start = m.mention().start(), end = m.mention().end();
        if (body == null || start < 0 || end > body.length() || end < start) return null;
        int to = StatedDays.sentenceEnd(body, end);
        if (to < body.length()) to = StatedDays.sentenceEnd(body, Math.min(body.length(), to + 1));
        return new int[] {StatedDays.sentenceStart(body, start), to};
    }

    private static String text(EventMention m, int[] at) {
        return at == null ? m.mention().sentence() : m.context().body().substring(at[0], at[1]);
    }

    /**
     * The full days ("July 5", not "July" or "this year") the text at those offsets names, other than the report's
     * publication day: the day of the deed a piece blames for. Two pieces that name the same past day blame for one
     * deed.
     */
    static List<String> daysNamed(EventMention m, int[] at) {
        if (at == null) return List.of();
        String published = m.day() == null ? null : m.day().toString();
        List<String> out = new ArrayList<>();
        for (TimeExpression t : m.context().timexes()) {
            if (t.start() < at[0] || t.end() > at[1] || t.value() == null) continue;
            if (DAY.matcher(t.value()).matches() && !t.value().equals(published)) out.add(t.value());
        }
        return out;
    }

    /** True when a report's actor is a medium and its family one a piece's voice acts in. */
    static boolean isPiece(EventMention m) {
        if (!FAMILIES.contains(m.family())) return false;
        for (Participant p : m.event().actors()) if (MEDIA.equals(p.sector())) return true;
        return false;
    }
}
