package org.dateline.core.event;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.dateline.model.EventType;
import org.dateline.model.Participant;

/**
 * (s52, issue 13) Conduct a speaker charges another party with, told inside the speaker's words as going on or done by
 * now: "The United States has refused every proposal for dialogue and is pushing ahead with war exercises, the statement
 * said", "he said that the regime is killing civilians", "noted that the United States continues to broadcast
 * programs to Cuba". The speaker's accusation is the event (coded where its word is a trigger: "denounced",
 * "condemned"); the conduct it charges is the accusation's content, which the text does not assert (CODING.md section 1
 * and question 130: a statement's claim of another party's act is `not-event`, `quoted-claim`; on half A of the
 * judged samples such claims were the largest group of wrong events told inside reported speech).
 *
 * <p>Three cues together, each of them a known one:
 * <ul>
 *   <li>the act is in someone's words: the content clause of a verb of saying ("said that ..."), a clause with a verb
 *       of saying told after it ("..., the statement said"), or a sentence of a document quoted at length;</li>
 *   <li>its verb tells conduct, not a dated deed: the present perfect ("has refused"), the present progressive ("is
 *       pushing ahead"), or a verb of continuing in the present ("continues to broadcast"), with no time of its own in
 *       its clause;</li>
 *   <li>its doer is a party the article has already shown accused by someone else (an ACCUSE whose receiving side
 *       names the doer or its country; from s56 also a protest, threat, sanction or demand aimed at it)</li>
 * </ul>
 * Left alone: a dated deed told by a speaker ("Israeli forces destroyed the hospital's ambulances on Sunday, the
 * ministry said"), a party no one accused ("Baker said Jordan is seeking guidance on the embargo"), a speaker's own
 * deed ("the brigades said their fighters have clashed with an Israeli force"), and conduct told in the writer's own
 * voice, which is not in anyone's words.
 */
final class ClaimedConduct {
    private static final Set<String> SAYING = EventWords.get("reporting-verbs");
    private static final Set<String> CONTINUING = EventWords.get("continuing-verbs");
    /** The types of act by which one party opposes another (see accusedBefore). */
    private static final Set<EventType> OPPOSING = EnumSet.of(EventType.ACCUSE, EventType.PROTEST, EventType.THREATEN,
            EventType.SANCTION, EventType.REQUEST);

    private final Clause c;
    private final ArticleContext ctx;

    ClaimedConduct(Clause c, ArticleContext ctx) {
        this.c = c;
        this.ctx = ctx;
    }

    /** Whether the act whose verb is v, done by these doers, is conduct charged in someone's words (see the class). */
    boolean claimed(int v, List<Participant> doers) {
        if (v < 0 || doers.isEmpty() || !c.pos(v).startsWith("VB")) return false;
        if (!conduct(v) || c.timedInItsClause(v)) return false;
        return inSomeonesWords(v) && accusedBefore(doers);
    }

    /** "has refused", "have been investigated", "is pushing", "are luring and kidnapping", "continues to broadcast". */
    boolean conduct(int v) {
        int own = Coordination.auxiliaryHolder(c, v, k -> c.children(k, "aux", "aux:pass", "nsubj", "nsubj:pass").isEmpty());
        List<Integer> aux = c.children(own, "aux", "aux:pass");
        if (aux.stream().anyMatch(a -> c.lemma(a).equals("have") && present(a))) return true;
        if (c.pos(own).equals("VBG") && aux.stream().anyMatch(a -> c.lemma(a).equals("be") && present(a))) return true;
        int h = c.head(own);
        return c.relIs(own, "xcomp") && h >= 0 && CONTINUING.contains(c.lemma(h)) && present(h);
    }

    private boolean present(int w) {
        String p = c.pos(w);
        return p.equals("VBZ") || p.equals("VBP");
    }

    /** The clause of v is the content of a verb of saying, before or after it, or the sentence quotes a document. */
    boolean inSomeonesWords(int v) {
        if (!ctx.blockVoice.isEmpty()) return true;
        int n = v;
        for (int guard = 0; guard < 6 && c.relIs(n, "conj", "xcomp") && c.head(n) >= 0; guard++) n = c.head(n);
        int h = c.head(n);
        if (c.relIs(n, "ccomp", "parataxis") && h >= 0 && SAYING.contains(c.lemma(h))) return true;
        for (int k : c.children(n, "parataxis", "ccomp")) if (k > v && ReportedObligations.saidAfter(c, k)) return true;
        return false;
    }

    /**
     * Whether an act of opposition told earlier in the article, by another party, is aimed at one of the doers: an
     * accusation, and (s56) a protest, a threat, a sanction or a demand ("sent a letter of protest to the prime
     * minister", "urged the authorities to respond"). A party the story shows opposed in any of these ways is the one
     * whose conduct the opposing side's words go on to charge; a party only praised, met or helped is not.
     */
    private boolean accusedBefore(List<Participant> doers) {
        for (Draft d : ctx.events) {
            if (!OPPOSING.contains(d.type) || Participants.overlap(d.actors, doers)) continue;
            if (Participants.overlap(d.recipients, doers) || Participants.shareCountry(d.recipients, doers, Set.of())) return true;
        }
        return false;
    }
}
