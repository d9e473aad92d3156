package org.dateline.core.event;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.dateline.model.TimeExpression;

/**
 * The day a document was issued, and the acts that take it. "X made public a statement on May 5 ... The statement
 * accused Y", "Z issued a memorandum on Sunday. It urged W to ...": what the document says was said when it was
 * issued, not on the day a later story retells it (a weekly or a news agency often reports a statement days after).
 * The issuing clause gives that day in one of three places: on the verb ("made public a statement on May 5"), on the
 * document itself ("a memorandum dated March 3", "a report released on Saturday") or, as news agencies write it, on
 * the issuer ("the newspaper on May 2 carried an article"). {@link ParticipantFinder} remembers it with the issuer;
 * {@link LastResortDates} gives it to an act whose subject is the document named again.
 */
final class DocumentDates {
    private static final Set<String> UTTERANCES = EventWords.get("utterance-nouns");
    /** How far a date may hang below the document noun: "a statement issued on Saturday" (date, participle, noun). */
    private static final int MAX_HOPS = 2;

    private DocumentDates() {}

    /**
     * The calendar date the clause gives the issuing of a document by the verb {@code verb} with the subject
     * {@code issuer}, or null when it gives none.
     */
    static TimeExpression issued(Clause c, int verb, int issuer) {
        for (int i = 0; i < c.size(); i++) {
            TimeExpression t = c.timeAt(i);
            if (t == null || c.timeAt(c.head(i)) == t) continue; // not the expression's head word
            int h = c.head(i);
            if (h == verb || h == issuer || documentOf(c, h, verb, issuer)) return t;
        }
        return null;
    }

    /**
     * The day of the latest document the story named, for an act whose subject is that document named again ("The
     * statement accused Y", "It urged Z"), when its issuing clause gave one; else null.
     */
    static TimeExpression ofActs(Clause c, Set<Integer> words, ArticleContext ctx) {
        if (ctx.lastDocumentDate == null) return null;
        for (int a : words) {
            for (int s : c.children(a, "nsubj")) {
                if (DocumentIssuers.standsForLatest(c, s, ctx)) return ctx.lastDocumentDate;
            }
            // "It went on to say ...", "..., urged the statement", "..., it urged": the document speaking (s54)
            List<Integer> subjects = c.childrenExact(a, "nsubj");
            if (DocumentVoices.speaks(c, a, subjects.isEmpty() ? -1 : subjects.get(0), ctx)) return ctx.lastDocumentDate;
        }
        return null;
    }

    /**
     * (s54) The day of the document quoted at length ({@link DocumentContent}: "said the statement, and went on:
     * We condemn the drills. The U.S. should give up its policy.") for an act of its issuer told in its words: the
     * blame, demand or praise was made when the document was issued, not on the day a later story retells it. An act
     * of anyone else the document tells (the drills it condemns) keeps its own time or none; null when no block of
     * the latest document is open or its issuing clause gave no day.
     */
    static TimeExpression ofBlock(Draft d, ArticleContext ctx) {
        if (ctx.lastDocumentDate == null || ctx.blockVoice.isEmpty() || d.actors.isEmpty()) return null;
        if (!Participants.sameSet(ctx.blockVoice, ctx.lastDocumentAuthors)) return null;
        // the issuer named again, perhaps in full ("the Pioneer Party of Indonesia fully supports ..."): one of its states
        return d.actors.stream().allMatch(p -> Participants.contains(ctx.blockVoice, p) || ctx.blockVoice.stream()
                .anyMatch(v -> v.country() != null && v.country().equals(p.country()) && Objects.equals(v.sector(), p.sector())))
                ? ctx.lastDocumentDate : null;
    }

    /**
     * Whether word w is, or hangs at most {@link #MAX_HOPS} below, a document noun of the verb ("issued a statement",
     * "said in a memorandum") or of the issuer ("X in a statement on Monday denounced Y").
     */
    private static boolean documentOf(Clause c, int w, int verb, int issuer) {
        for (int n = w, hop = 0; n >= 0 && hop <= MAX_HOPS; n = c.head(n), hop++) {
            if (c.pos(n).startsWith("NN") && UTTERANCES.contains(c.lemma(n))) {
                return c.head(n) == verb || c.head(n) == issuer;
            }
        }
        return false;
    }
}
