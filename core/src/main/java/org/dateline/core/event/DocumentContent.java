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
import org.dateline.model.Sector;
import org.dateline.model.TimeExpression;

/**
 * The words of a document quoted at length: "The commentary said:", "the article says, adding:", "It goes on:" open
 * a block whose sentences are the document's own, with no verb of saying left in them ("Such moves pose a grave
 * threat. Japan should stop them at once."). A blame or a demand laid on a named party there is the act of whoever
 * issued the document, as it would be after "the statement said that" (CAMEO 11x ACCUSE, 10x REQUEST by the
 * table): the blame a predicate of blame (rows of part of speech C in triggers.tsv) with a subject that names a
 * party ({@link ReportedBlame}); the demand an obligation modal ("should", "must") on a verb whose subject names
 * one ({@code document-demand-modals}: a paper's "should" is its demand, where a speaker's "said X should" in
 * general news may be advice). Praise is left to verbs of saying ({@link ReportedPraise}): a block of acclaim is one act, not one a line.
 *
 * <p>A block opens on a sentence that ends with a verb of saying or of going on and a colon (or holds one: "it said,
 * and went on: Those rehearsals ..."; the block is the sentences after it)
 * ({@code document-block-openers}) and names a document or "it" (the issuer was read before, {@link DocumentIssuers});
 * an opener with another speaker ("He said:") closes it. A part of {@link EventCoder}.
 */
final class DocumentContent {
    private static final Set<String> OPENERS = EventWords.get("document-block-openers");
    private static final Set<String> UTTERANCES = EventWords.get("utterance-nouns");
    private static final Set<String> DEMAND_MODALS = EventWords.get("document-demand-modals");
    private static final Set<String> GOING_ON = EventWords.get("going-on-verbs");

    private DocumentContent() {}

    /** After the sentence {@code before}: the voice of the block it opens, its issuer's, or an empty list (no block). */
    static List<Participant> follow(List<Token> before, List<Participant> voice, ArticleContext ctx) {
        int n = before.size();
        while (n > 0 && before.get(n - 1).word().equals(",")) n--; // "said:," as wire copy often leaves it
        Token ending = goesOnAtEnd(before, n);
        // "..., it said, and went on: Those rehearsals ...": a block the wire copy opened inside the sentence
        while (n > 0 && !before.get(n - 1).word().equals(":")) n--;
        if (n < 2 && ending == null) return voice;
        Token verb = ending != null ? ending : before.get(n - 2);
        if (verb.word().equalsIgnoreCase("on") && n >= 3) verb = before.get(n - 3); // "It goes on:"
        if (!verb.pos().startsWith("VB") || !OPENERS.contains(TriggerLexicon.lemma(verb))) return voice;
        for (Token t : before) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (w.equals("it") || t.pos().startsWith("NN") && UTTERANCES.contains(TriggerLexicon.lemma(t))) {
                return ctx.lastDocumentAuthors;
            }
        }
        return List.of(); // "He said:": someone else speaks now
    }

    /**
     * (s54) "..., said the statement, and went on." with a full stop where the wire copy lost the colon: the verb of
     * going on ({@code going-on-verbs}) that ends the sentence, with "on" after it or alone ("and continued."), opens
     * the block as the colon would; null when the sentence ends otherwise. {@code n} is the sentence's length without
     * trailing commas.
     */
    private static Token goesOnAtEnd(List<Token> tokens, int n) {
        int end = n > 0 && tokens.get(n - 1).word().equals(".") ? n - 1 : -1;
        if (end < 1) return null;
        if (tokens.get(end - 1).word().equalsIgnoreCase("on")) end--;
        Token verb = end >= 1 ? tokens.get(end - 1) : null;
        return verb != null && verb.pos().startsWith("VB") && GOING_ON.contains(TriggerLexicon.lemma(verb)) ? verb : null;
    }

    /** Whether a sentence inside a block may hold blame or a demand (else it is not parsed for it). */
    static boolean mayHold(List<Token> tokens, List<Participant> voice, TriggerLexicon lex) {
        if (voice.isEmpty()) return false;
        for (Token t : tokens) {
            if (t.pos().equals("MD") && DEMAND_MODALS.contains(t.word().toLowerCase(Locale.ROOT))) return true;
            if (lex.culpability(t.word()) != null || lex.culpability(TriggerLexicon.lemma(t)) != null) return true;
        }
        return false;
    }

    /** The blame or demand the block's sentence lays on a party, by the document's issuer; empty when none. */
    static List<Draft> of(Clause c, List<Participant> voice, ArticleContext ctx, TriggerLexicon lex, CameoTable cameo,
                          List<TimeExpression> timexes) {
        List<Draft> out = new ArrayList<>();
        ParticipantFinder parts = new ParticipantFinder(c, ctx);
        for (int r = 0; r < c.size(); r++) {
            if (!c.relIs(r, "root")) continue;
            Trigger blame = new ReportedBlame(c, lex).blame(r);
            if (blame != null && new Modality(lex).local(c, r) != org.dateline.model.EventStatus.NEGATED) {
                add(out, c, r, blame.cameo(), voice, BlamedParties.accused(c, parts, r), cameo);
            }
            for (int a : c.childrenExact(r, "aux")) {
                if (!DEMAND_MODALS.contains(c.lower(a)) || !c.pos(r).startsWith("VB")) continue;
                for (int s : c.childrenExact(r, "nsubj")) add(out, c, r, CameoCodes.DEMAND, voice, bodies(parts.of(s)), cameo);
            }
        }
        // dated as the clause tells, else on the day the document was issued (DocumentDates.ofBlock)
        Map<Draft, Set<Integer>> anchorsOf = new LinkedHashMap<>();
        for (Draft d : out) anchorsOf.put(d, Set.of(anchorOf(c, d)));
        return ClauseDates.dated(c, ctx, timexes, anchorsOf);
    }

    /** The token a block's draft was made at (its trigger's). */
    private static int anchorOf(Clause c, Draft d) {
        for (int i = 0; i < c.size(); i++) if (c.tokens.get(i).start() == d.start) return i;
        return 0;
    }

    /**
     * Adds the block's acts to the story's events, those from index {@code from} being this sentence's: a demanded
     * act coded on the same verb ("The United States should withdraw its troops": a withdrawal, possible) is what the
     * demand is about, not an event of its own, and gives way to the demand.
     */
    static void addTo(List<Draft> events, int from, List<Draft> acts) {
        for (Draft a : acts) {
            if (!CameoCodes.DEMAND.equals(a.cameo)) continue;
            for (int i = events.size() - 1; i >= from; i--) {
                Draft d = events.get(i);
                if (d.sentence == a.sentence && a.trigger.equals(d.trigger)) events.remove(i);
            }
        }
        events.addAll(acts);
    }

    /**
     * The bodies among a demand's addressees: a paper's call on people at large ("The youth should play the role of a
     * shock brigade", "officials should become commanders", sector CVL or none) is exhortation, not a demand made of
     * a party; "the authorities should repeal the law" is one.
     */
    private static List<Participant> bodies(List<Participant> named) {
        return named.stream().filter(p -> p.sector() != null && !Sector.CVL.is(p.sector())).toList();
    }

    private static void add(List<Draft> out, Clause c, int v, String code, List<Participant> voice,
                            List<Participant> target, CameoTable cameo) {
        List<Participant> placed = target.stream().filter(p -> p.country() != null || p.sector() != null).toList();
        EventType type = cameo.lookup(code).map(CameoTable.Entry::type).orElse(null);
        if (placed.isEmpty() || type == null || Participants.contains(placed, voice.get(0))) return;
        Draft d = Draft.at(c, v, type, code);
        Participants.addAll(d.actors, voice);
        Participants.addAll(d.recipients, placed);
        d.confidence = 0.55;
        out.add(d);
    }
}
