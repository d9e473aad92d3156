package org.dateline.core.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dateline.core.language.Token;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;

/**
 * Praise told as a judgement one reports rather than with a verb of praising: "Mandela was the greatest
 * man of his age, the chairman of the party said", "The minister said Havel had performed undying feats". The
 * speaker praises the person the reported clause judges (CAMEO 051, SUPPORT), as "praised Mandela as a great man"
 * does. Three things make it: a verb of saying ({@code reporting-verbs}) whose speaker the clause names, a reported
 * clause whose subject is a person the language layer knows, and a word of acclaim ({@code acclaim-words}: greatest,
 * exploits, wisdom) in that clause. A clause about a thing ("the plan is a great success") or with no word of acclaim
 * ("X has visited Y, he said") praises no one; neither does a speaker reporting of himself. A judged
 * person told by a title, a possessor or a leadership ({@link PraisedParties}) counts too, and a document's words
 * ("the statement said") are its issuer's. A noun of a person's virtue or of regard for a person ({@code
 * praised-regard-nouns}: "said she felt the benevolence of X", "the flowers reflect the reverence for X") acclaims
 * that person though no adjective of acclaim is there; with no person named ("love of football") it acclaims no one.
 * An outcome credited to a person's work ({@code credit-cases}: "said the successes were possible thanks to the line
 * pursued by Silva") acclaims that person too; credited to no one named ("thanks to the rain") it praises no one.
 *
 * <p>Not coded beside a sentence's praise or an event of the same speaker: a sentence with a praising verb or a visit
 * has told its event already ({@link #untold}). A part of {@link EventCoder}.
 */
final class ReportedPraise {
    private static final Set<String> SAYING = EventWords.get("reporting-verbs");
    private static final Set<String> ACCLAIM = EventWords.get("acclaim-words");
    private static final Set<String> UTTERANCES = EventWords.get("utterance-nouns");
    private static final Set<String> DEEDS = EventWords.get("credited-deed-verbs");
    private static final Set<String> DEED_OBJECTS = EventWords.get("credited-deed-objects");
    private static final Set<String> CREDIT = EventWords.get("credit-cases");

    private ReportedPraise() {}

    /** Whether a sentence may hold reported praise: a verb of saying and a word of acclaim (else it is not parsed for it). */
    static boolean mayHold(List<Token> tokens) {
        boolean saying = false;
        boolean acclaim = false;
        for (Token t : tokens) {
            String lemma = TriggerLexicon.lemma(t);
            if (t.pos().startsWith("VB") && SAYING.contains(lemma)) saying = true;
            if (ACCLAIM.contains(lemma) || ACCLAIM.contains(t.word().toLowerCase(Locale.ROOT))) acclaim = true;
            if (t.pos().startsWith("NN") && PraisedParties.mayRegard(lemma)) acclaim = true; // "the benevolence of X"
            if (t.pos().startsWith("VB") && DEEDS.contains(lemma)) acclaim = true; // "noted he built a socialist power"
        }
        if (EventWords.holdsPhrase(tokens, CREDIT)) acclaim = true; // "possible thanks to the line of X"
        return saying && acclaim;
    }

    /**
     * The praise events the clause reports: one for each verb of saying with a speaker and a judged person, dated as the
     * clause coder dates its events ({@link ClauseDates}: "in an article on June 13 said ..." is June 13; a saying the
     * clause gives no time keeps none, and the story's day stands for it).
     */
    static List<Draft> of(Clause c, ArticleContext ctx, TitledReferents titles, List<TimeExpression> timexes) {
        Map<Draft, Set<Integer>> anchorsOf = new LinkedHashMap<>();
        ParticipantFinder parts = null;
        for (int v = 0; v < c.size(); v++) {
            if (!c.pos(v).startsWith("VB") || !SAYING.contains(c.lemma(v))) continue;
            List<Integer> speakers = new ArrayList<>(c.childrenExact(v, "nsubj"));
            int content = contentOf(c, v);
            if (speakers.isEmpty() && content >= 0) speakers.addAll(invertedSpeaker(c, v, content));
            if (speakers.isEmpty() || content < 0 || !acclaims(c, content)) continue;
            int judged = judgedPerson(c, content);
            if (parts == null) parts = new ParticipantFinder(c, ctx);
            // a title, a possessor or a leader the clause names stands for the judged person
            List<Participant> praised = judged >= 0 ? parts.of(judged) : PraisedParties.of(c, content, ctx, titles);
            if (praised.isEmpty()) continue;
            List<Participant> speaker = issuerOf(c, parts, speakers.get(0));
            if (speaker.isEmpty()) speaker = parts.of(speakers.get(0));
            if (speaker.isEmpty() && isDocument(c, speakers.get(0))) speaker = ctx.lastDocumentAuthors;
            if (speaker.isEmpty() || praised.isEmpty() || Participants.contains(praised, speaker.get(0))) continue;
            anchorsOf.put(draft(c, v, speaker, praised, span(c, v, speakers.get(0), content)), Set.of(v));
        }
        return ClauseDates.dated(c, ctx, timexes, anchorsOf);
    }

    /**
     * The reported praise a sentence's coded events have not told already: a praise whose speaker is an
     * actor of one of them ("X praised Y, saying he was a great man", "X visited Y and said ...") is that event's
     * words; a praise by a speaker the other events leave out ("X said the feats were performed by Y, given to the
     * cause") is an act of its own.
     */
    static List<Draft> untold(List<Draft> praise, List<Draft> coded) {
        List<Draft> out = new ArrayList<>();
        for (Draft p : praise) {
            boolean told = false;
            for (Draft d : coded) {
                for (Participant a : p.actors) told |= Participants.contains(d.actors, a) || d.type == EventType.SUPPORT;
            }
            if (!told) out.add(p);
        }
        return out;
    }

    /**
     * "..., the statement said", "It said ...": the speaker is the latest document the story named, whose
     * issuer praises; "it" only when it stands for no one the language layer knows.
     */
    private static boolean isDocument(Clause c, int s) {
        if (DocumentVoices.namesLatest(c, s)) return true;
        return c.lower(s).equals("it") && c.entitiesAt(s).isEmpty();
    }

    /**
     * "The statement of the party's central committee noted ...", "a letter of the association said":
     * a document told with its issuer's "of" phrase speaks for the issuer, whom the praise is by. Empty otherwise.
     */
    private static List<Participant> issuerOf(Clause c, ParticipantFinder parts, int s) {
        if (!UTTERANCES.contains(c.lemma(s)) || !c.pos(s).startsWith("NN")) return List.of();
        for (int k : c.children(s, "nmod")) {
            if (!c.caseOf(k).equals("of")) continue;
            List<Participant> issuer = parts.of(k);
            if (!issuer.isEmpty()) return issuer;
        }
        return List.of();
    }

    /** The head of what the verb of saying reports: its clausal complement, or the clause it is an aside of. */
    private static int contentOf(Clause c, int v) {
        for (int k : c.children(v, "ccomp", "parataxis")) return k;
        // "Mandela was the greatest man, the chairman said": the parser hangs the saying on the reported clause
        // ... or on its last noun, when it took the speaker for an apposition ("..., the deputy premier of Peru said")
        if (c.head(v) >= 0 && c.head(v) < v && c.relIs(c.head(v), "root")) return c.head(v);
        return -1;
    }

    /**
     * "X is the greatest man, the deputy premier of Peru said": the parser may hang the speaker on the reported clause
     * as an apposition and leave the saying without a subject; the speaker is then the reported clause's nominal that
     * ends just before the verb of saying.
     */
    private static List<Integer> invertedSpeaker(Clause c, int v, int content) {
        for (int n : c.children(content)) {
            if (n >= v || !c.pos(n).startsWith("NN")) continue;
            List<Integer> below = c.subtree(n);
            if (below.get(below.size() - 1) == v - 1 && n > content) return List.of(n);
        }
        return List.of();
    }

    /**
     * Whether a word of acclaim lies anywhere in the reported clause (its whole subtree), or the clause credits its
     * subject with a deed of guidance: a verb of founding or showing the way ({@code credited-deed-verbs}) with a way,
     * cause or state for object ({@code credited-deed-objects}): "noted the President built a socialist power",
     * "said she had indicated the path to be followed", "said he paved the way for reunification". Built houses or
     * founded a company are no such deed.
     */
    private static boolean acclaims(Clause c, int content) {
        if (PraisedParties.regards(c, content)) return true; // "said she felt the warm benevolence of Silva"
        for (int i : c.subtree(content)) {
            // "said the successes were possible thanks to the line pursued by Silva": an outcome credited to someone
            if (credits(c, i)) return true;
            if (ACCLAIM.contains(c.lemma(i)) || ACCLAIM.contains(c.lower(i))) return true;
            if (!c.pos(i).startsWith("VB") || !DEEDS.contains(c.lemma(i))) continue;
            for (int o : c.children(i, "obj")) if (DEED_OBJECTS.contains(c.lemma(o))) return true;
        }
        return false;
    }

    /**
     * Whether word i opens a phrase of credit ({@code credit-cases}): "thanks to X" parsed as a two-word case of X, or
     * as the noun "thanks" with its "to" phrase.
     */
    private static boolean credits(Clause c, int i) {
        if (CREDIT.contains(c.caseOf(i).replace(' ', '_'))) return true;
        for (int k : c.children(i, "nmod", "obl")) if (CREDIT.contains(c.lower(i) + "_" + c.caseOf(k))) return true;
        return false;
    }

    /** The reported clause's subject when the language layer knows it for a person, else -1. */
    private static int judgedPerson(Clause c, int content) {
        for (int s : c.children(content, "nsubj")) {
            for (Entity e : c.entitiesAt(s)) if (e.type() == EntityType.PERSON) return s;
        }
        return -1;
    }

    /**
     * The words of the praise: the speaker, the verb of saying and what it reports, as the span of an
     * event coded on a verb takes its subject and complements; the verb alone would leave the judged words out.
     */
    private static int[] span(Clause c, int v, int speaker, int content) {
        int first = v;
        int last = v;
        for (int k : c.subtree(speaker)) { first = Math.min(first, k); last = Math.max(last, k); }
        for (int k : c.subtree(content)) {
            if (k == v) continue;
            first = Math.min(first, k);
            last = Math.max(last, k);
        }
        while (last > first && c.pos(last).equals(".")) last--;
        return new int[] {c.tokens.get(first).start(), c.tokens.get(last).end()};
    }

    private static Draft draft(Clause c, int v, List<Participant> speaker, List<Participant> praised, int[] span) {
        Draft d = Draft.at(c, v, EventType.SUPPORT, CameoCodes.PRAISE);
        d.start = span[0];
        d.end = span[1];
        Participants.addAll(d.actors, speaker);
        Participants.addAll(d.recipients, praised);
        d.confidence = 0.6;
        // not distinct: "..., it noted" and "..., it stressed" of one statement are one praise (CODING.md question 130)
        return d;
    }
}
