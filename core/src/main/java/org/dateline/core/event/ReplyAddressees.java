package org.dateline.core.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dateline.core.language.Token;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;

/**
 * Replies told by the list of those they went to: "The addressees were A, president of X, and B, president of Y",
 * "Among the addressees were A and B", "The reply messages of the Party went to A, B and C", "Replies were also sent
 * to A and B", "Reply letters were addressed to A and B". Each addressee's reply is the sender's act toward that one
 * (CODING.md question 135: one event per recipient), SUPPORT 051 as a message of thanks or greeting is.
 *
 * <p>The sender is the one the reply phrase names ("the replies of X"), else the sender of the latest message the
 * story told ({@link #latestSender}): a list of addressees with no sender told before is nobody's act. A reply that
 * will go ("will be sent") is a plan ({@link ListedGatherings#toCome}); an addressee a coded event of the clause has
 * already is not coded twice. Words: {@code reply-nouns}, {@code addressee-nouns}, {@code reply-message-nouns},
 * {@code reply-sending-verbs}. A part of {@link EventCoder}.
 */
final class ReplyAddressees {
    private static final Set<String> REPLIES = EventWords.get("reply-nouns");
    private static final Set<String> ADDRESSEES = EventWords.get("addressee-nouns");
    private static final Set<String> MESSAGES = EventWords.get("reply-message-nouns");
    private static final Set<String> SENDING = EventWords.get("reply-sending-verbs");

    private ReplyAddressees() {}

    /** Whether a sentence may list a reply's addressees: a noun of a reply or of an addressee. */
    static boolean mayHold(List<Token> tokens) {
        for (Token t : tokens) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (REPLIES.contains(w) || ADDRESSEES.contains(w)) return true;
        }
        return false;
    }

    /** One SUPPORT 051 per addressee the clause lists, by the reply's sender. */
    static List<Draft> of(Clause c, ArticleContext ctx, List<TimeExpression> timexes, List<Draft> coded) {
        ParticipantFinder parts = new ParticipantFinder(c, ctx);
        for (int n = 0; n < c.size(); n++) {
            // "Replies were sent", "Reply letters were addressed": the tagger reads a reply as a verb as often as not
            if (!c.pos(n).startsWith("NN") && !REPLIES.contains(c.lower(n))) continue;
            List<Integer> list = ADDRESSEES.contains(c.lemma(n)) || ADDRESSEES.contains(c.lower(n)) ? addresseeList(c, n) : sentTo(c, n);
            if (list.isEmpty()) continue;
            List<Participant> senders = senderOf(c, n, parts);
            if (senders.isEmpty()) senders = latestSender(ctx, c.sentence.index());
            if (senders.isEmpty()) return List.of();
            Map<Draft, Set<Integer>> anchorsOf = new LinkedHashMap<>();
            List<Participant> seen = new ArrayList<>();
            for (int m : members(c, list)) {
                List<Participant> named = parts.of(m);
                if (named.isEmpty()) continue;
                Participant to = named.get(0); // the member's own party; its conjuncts are members of their own
                if (to.country() == null || seen.contains(to) || senders.contains(to) || addressedAlready(coded, to)) continue;
                seen.add(to);
                Draft d = Draft.at(c, n, EventType.SUPPORT, CameoCodes.PRAISE);
                // each reply is told by its addressee's name: "the general secretary of the X Party"
                List<Integer> words = c.subtreeWithout(m, Set.of("conj", "cc", "punct", "appos"));
                d.start = c.tokens.get(words.get(0)).start();
                d.end = c.tokens.get(words.get(words.size() - 1)).end();
                d.actors.addAll(senders);
                d.recipients.add(to);
                d.confidence = 0.5;
                d.distinct = true; // each addressee's reply is its own act (question 135)
                anchorsOf.put(d, Set.of(n, m));
            }
            return ClauseDates.dated(c, ctx, timexes, anchorsOf);
        }
        return List.of();
    }

    /**
     * "The addressees were A and B" (the subject of a nominal predicate), "Among the addressees were A and B" (its
     * "among" phrase): the predicate nominal listing them, or none.
     */
    private static List<Integer> addresseeList(Clause c, int n) {
        int h = c.head(n);
        if (h < 0 || c.children(h, "cop").isEmpty() || ListedGatherings.toCome(c, h)) return List.of();
        if (c.relIs(n, "nsubj") || c.caseOf(n).equals("among")) return List.of(h);
        return List.of();
    }

    /**
     * "Replies were sent to A", "The reply messages went to A", "Reply letters were addressed to A": a reply noun (or a
     * message noun with "reply" before it) the subject of a verb of sending; its "to" phrase and the later members
     * the parser hung on the verb, or none.
     */
    private static List<Integer> sentTo(Clause c, int n) {
        boolean reply = REPLIES.contains(c.lower(n)) || REPLIES.contains(c.lemma(n))
                || MESSAGES.contains(c.lemma(n)) && c.children(n, "compound", "amod").stream().anyMatch(k -> REPLIES.contains(c.lower(k)));
        if (!reply || !c.relIs(n, "nsubj")) return List.of();
        int v = c.head(n);
        if (v < 0 || !c.pos(v).startsWith("VB") || !SENDING.contains(c.lemma(v)) || ListedGatherings.toCome(c, v)) return List.of();
        int to = -1;
        for (int k : c.children(v, "obl")) if (c.caseOf(k).equals("to")) to = to < 0 ? k : Math.min(to, k);
        if (to < 0) return List.of();
        // a long list of parties the parser broke up: its later members hang on the verb as objects or "to" phrases
        List<Integer> out = new ArrayList<>();
        for (int k : c.children(v, "obl", "obj")) if (k >= to && (c.relIs(k, "obj") || c.caseOf(k).equals("to") || k == to)) out.add(k);
        return out;
    }

    /** The addressees' nominals in order: each listed nominal and its conjuncts, however deep the parser nested them. */
    private static List<Integer> members(Clause c, List<Integer> list) {
        List<Integer> out = new ArrayList<>();
        for (int k : list) addMembers(c, k, out, 0);
        out.sort(Integer::compare);
        return out;
    }

    private static void addMembers(Clause c, int k, List<Integer> out, int depth) {
        if (out.contains(k) || depth > ListedGatherings.LIST_REACH) return;
        out.add(k);
        for (int j : c.children(k, "conj")) addMembers(c, j, out, depth + 1);
    }

    /** "The reply messages of X": the sender the reply noun's "of" phrase names. */
    private static List<Participant> senderOf(Clause c, int n, ParticipantFinder parts) {
        for (int k : c.children(n, "nmod")) if (c.caseOf(k).equals("of")) return parts.of(k);
        return List.of();
    }

    /** The actors of the story's latest support event before this sentence (the messages the replies answer). */
    static List<Participant> latestSender(ArticleContext ctx, int sentence) {
        for (int i = ctx.events.size() - 1; i >= 0; i--) {
            Draft d = ctx.events.get(i);
            if (d.sentence < sentence && d.type == EventType.SUPPORT && !d.actors.isEmpty()) return new ArrayList<>(d.actors);
        }
        return List.of();
    }

    private static boolean addressedAlready(List<Draft> coded, Participant to) {
        return coded.stream().anyMatch(d -> d.recipients.stream().anyMatch(r -> r.name() != null && r.name().equals(to.name())));
    }
}
