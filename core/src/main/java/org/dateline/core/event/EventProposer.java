package org.dateline.core.event;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.dateline.core.language.Sentence;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;

/**
 * The learned event proposer, the stage of {@link EventCoder} after the rules: for each sentence, one-vs-rest logistic
 * models over its {@link SentenceFeatures} (learned from judged samples by {@code dateline train event-proposer})
 * say whether it tells an event of a PLOVER type; where a model is at least as sure as its threshold and the rules
 * gave the sentence no event at all, the sentence is parsed and an event of that type is proposed (each
 * type's threshold is its page's {@link PageFamily}'s: wire copy or other web pages, or off for that family): its
 * trigger the clause's root, its parties the root's ({@link ProposedParties}): its subject as the coder's own machinery
 * resolves it ({@link Subjects}, {@link ParticipantFinder}) does it to its object party; a root of receiving with a
 * sender named ("received a letter from Y") is the sender's act on the subject ({@link ReceivedSenders}); a passive
 * with a "by" agent ("Y was feted by X") the agent's on the passive subject. A speech act ({@link #SPEECH_ACTS}:
 * an accusation, demand, threat, or praise) told as a reported clause ("the U.S. has sought an attack, it said", "Y's
 * feats are splendid, X noted") is its speaker's, the subject (or the owner of a subject that is a thing) being whom it is
 * made of; a verb of saying whose that-clause judges someone ("X said that Y is a splendid leader") makes that
 * someone the recipient; a charge or praise told by a speaker the coder cannot name ("..., it said") gives no event:
 * its actor is unknown. Told by no one, in a paper's commentary, it is the paper's ({@link VoicedProposals}); the words of a
 * document whose act the rules coded ("The message expressed the hope ...") are no proposal
 * ({@link DocumentRestatements#restatesCoded}). Its CAMEO code is the one the
 * model's file gives the type, its status the coder's cues' ({@link Modality}) and its date the coder's dates'
 * ({@link ClauseDates}). A root with no doer gives no event, nor does a question. A sentence the rules
 * coded gets no proposal of another type: judges found such second types mostly the same happening coded again
 * (a reception proposed as a visit too, a statement as praise too, the accused of a coded charge as its accuser).
 * Its span is the whole sentence: the model
 * weighed the sentence, not a word. Its mode is the one the trigger lexicon gives its root for the type, when it gives
 * one, as the rules' events have; each proposal has origin {@value Event#PROPOSER}, so that the learned filter
 * ({@code origin=proposer}) and users can tell it from the rules' events.
 *
 * <p>The weights live in {@code event-proposer.tsv} next to this class; without it, or with one holding no model,
 * nothing is proposed. The system property {@value #PROPERTY} names another weights file to use instead (a model
 * trained but not shipped), or {@code off} ({@link ChosenWeights}).
 */
public final class EventProposer {
    public static final String RESOURCE = "event-proposer.tsv";
    /**
     * The types whose actor is who speaks: told in a reported clause, its subject is whom it is said of; praise and
     * blame are said of someone as charges and demands are ("Y's feats are splendid, X said": X praises Y).
     */
    static final Set<EventType> SPEECH_ACTS = EnumSet.of(EventType.ACCUSE, EventType.REQUEST, EventType.THREATEN,
            EventType.SUPPORT);
    /**
     * The charges, demands and threats: told by a speaker the coder cannot name ("..., it said"), no one's; so is
     * praise, unless that speaker is a document ("The statement said:"), whose issuer the subject names.
     */
    private static final Set<EventType> CHARGES = SPEECH_ACTS.stream().filter(t -> t != EventType.SUPPORT)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(EventType.class)));
    private static final Set<String> REPORTING = EventWords.get("reporting-verbs");
    private static final Set<String> UTTERANCES = EventWords.get("utterance-nouns");
    /** A weights file to use instead of the shipped one, or {@code off}. */
    public static final String PROPERTY = "dateline.event-proposer";
    private static volatile EventProposer standard;
    private final ProposerWeights weights;

    private EventProposer(ProposerWeights weights) { this.weights = weights == null ? ProposerWeights.NONE : weights; }

    /** The proposer with the shipped weights, or those the system property {@value #PROPERTY} names (read once). */
    public static EventProposer standard() {
        EventProposer p = standard;
        if (p == null) {
            p = of(ChosenWeights.named(PROPERTY, ProposerWeights.NONE, ProposerWeights::file,
                    () -> ProposerWeights.resource(EventProposer.class, RESOURCE)));
            standard = p;
        }
        return p;
    }

    /** A proposer that proposes nothing: the rules' events alone. */
    public static EventProposer none() { return new EventProposer(ProposerWeights.NONE); }

    public static EventProposer of(ProposerWeights weights) { return new EventProposer(weights); }

    public boolean active() { return !weights.isEmpty(); }

    /** The probability that a sentence with these features tells an event of the type (0 for a type with no model). */
    public double probability(EventType type, List<String> features) {
        FilterWeights w = weights.models().get(type);
        return w == null ? 0 : w.probability(features);
    }

    /**
     * The types whose models are at least as sure as their thresholds on the family's pages that the sentence tells
     * one, each with its model's probability (what a proposal's confidence is made of), in the models' order.
     */
    Map<EventType, Double> confidentTypes(Sentence s, PageFamily family) {
        if (!active()) return Map.of();
        List<String> f = SentenceFeatures.of(s);
        Map<EventType, Double> out = new LinkedHashMap<>();
        weights.models().forEach((t, w) -> {
            double threshold = weights.threshold(t, family);
            if (threshold > 1) return; // the type is off for this family: skip its sums
            double p = w.probability(f);
            if (p >= threshold) out.put(t, p);
        });
        return out;
    }

    /**
     * The events proposed for a parsed sentence the rules gave no event (the coder asks for no other): one per
     * confident type, when its root has a subject party and the sentence is no question.
     */
    List<Draft> propose(Clause c, ArticleContext ctx, Map<EventType, Double> types, List<TimeExpression> timexes,
                        TriggerLexicon lexicon, Modality modality) {
        // reading parties leaves memories in the article (the latest led group, document authors) that the rules of
        // later sentences read: a guess must not change what the rules code, so they are put back as they were
        List<Participant> ledGroup = ctx.lastLedGroup, authors = ctx.lastDocumentAuthors;
        Participant rulingGroup = ctx.lastRulingGroup;
        TimeExpression documentDate = ctx.lastDocumentDate;
        try {
            return proposeFor(c, ctx, types, timexes, lexicon, modality);
        } finally {
            ctx.lastLedGroup = ledGroup;
            ctx.lastDocumentAuthors = authors;
            ctx.lastRulingGroup = rulingGroup;
            ctx.lastDocumentDate = documentDate;
        }
    }

    private List<Draft> proposeFor(Clause c, ArticleContext ctx, Map<EventType, Double> types,
                                   List<TimeExpression> timexes, TriggerLexicon lexicon, Modality modality) {
        if (new Unasserted(c).question()) return List.of();
        int root = rootOf(c);
        if (root < 0) return List.of();
        Subjects who = new Subjects(c, lexicon);
        ParticipantFinder parts = new ParticipantFinder(c, ctx);
        ProposedParties parties = ProposedParties.of(c, root, who, parts);
        List<Participant> doers = parties.doers;
        int s = who.speakerOf(root);
        List<Participant> speakers = s >= 0 ? parts.of(s) : List.of();
        // "Y's feats are splendid, X noted": no doer, but a speaker who judges the thing's owner
        boolean ownerJudged = doers.isEmpty() && !speakers.isEmpty() && !parties.objects.isEmpty();
        if (doers.isEmpty() && !ownerJudged) return List.of();
        // "The message expressed the hope ...": the words of a document the rules coded already, the same happening
        if (DocumentRestatements.restatesCoded(c, root, who.subjectOf(root), doers, ctx)) return List.of();
        // "X said that Y's feats are splendid": the speaker's praise or blame is of whom the clause judges
        List<Participant> judged = ProposedParties.judged(c, root, doers, parts);
        // told by no one: the text's own voice (a paper's commentary speaks through it: VoicedProposals)
        boolean unreported = s < 0 && who.reporter(root) < 0 && !REPORTING.contains(c.lemma(root));
        // "..., noted the secretary of a body the coder cannot place": someone's, but not the subject's (a document
        // noun as speaker, "The statement said:", is its issuer's, whom the subject names)
        boolean unnamed = s >= 0 && speakers.isEmpty();
        Map<Draft, Set<Integer>> anchorsOf = new LinkedHashMap<>();
        for (EventType t : types.keySet()) {
            // "..., it said" with no party the coder can name for 'it': the charge is someone's, but not the subject's
            if (unnamed && (CHARGES.contains(t) || t == EventType.SUPPORT && !UTTERANCES.contains(c.lemma(s)))
                    || ownerJudged && !SPEECH_ACTS.contains(t)) continue;
            Draft d = Draft.at(c, root, t, weights.cameo().get(t));
            d.origin = Event.PROPOSER;
            d.start = c.sentence.start();
            d.end = c.sentence.end();
            // "The U.S. has sought a nuclear attack, it said": the charge or demand is the speaker's, made of the clause's
            // subject; told in the text's own voice, or by its subject ("X said ..."), the subject is the one who speaks
            boolean spoken = SPEECH_ACTS.contains(t) && !speakers.isEmpty()
                    && (doers.isEmpty() || !Participants.contains(speakers, doers.get(0)));
            Participants.addAll(d.actors, spoken ? speakers : doers);
            if (spoken) Participants.addAll(d.recipients, doers);
            Participants.addAll(d.recipients, parties.objects);
            if (SPEECH_ACTS.contains(t)) Participants.addAll(d.recipients, judged);
            d.recipients.removeIf(p -> Participants.contains(d.actors, p));
            d.ownVoice = unreported && SPEECH_ACTS.contains(t);
            d.status = modality.status(c, root, Set.of(root));
            d.confidence = Math.round(types.get(t) * 50) / 100.0; // a guess is half as sure as its model
            anchorsOf.put(d, Set.of(root));
        }
        c.markTimes(timexes);
        return ClauseDates.dated(c, ctx, timexes, anchorsOf);
    }

    /** The clause's root word: the one the parse hangs on no other; -1 when the parse has none. */
    private static int rootOf(Clause c) {
        for (int i = 0; i < c.size(); i++) if (c.head(i) < 0 && c.rel(i).equals("root") && !c.pos(i).equals(".")) return i;
        return -1;
    }
}
