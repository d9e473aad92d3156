package org.dateline.core.event;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.core.language.Sentence;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;

/**
 * The learned event proposer, the stage of {@link EventCoder} after the rules: for each sentence, one-vs-rest logistic
 * models over its {@link SentenceFeatures} (learned from judged samples by {@code dateline train event-proposer})
 * say whether it tells an event of a PLOVER type; where a model is at least as sure as its threshold and the rules
 * gave the sentence no event of that type, the sentence is parsed and an event of that type is proposed: its
 * trigger the clause's root, its actor the root's subject as the coder's own machinery resolves it ({@link Subjects},
 * {@link ParticipantFinder}), its recipient the root's object party when there is one, its CAMEO code the one the
 * model's file gives the type, its status the coder's cues' ({@link Modality}) and its date the coder's dates'
 * ({@link ClauseDates}). A root with no subject party gives no event. Its span is the whole sentence: the model
 * weighed the sentence, not a word. Each proposal has mode {@value #MODE}, so that the learned filter
 * ({@code origin=proposer}) and users can tell it from the rules' events.
 *
 * <p>The weights live in {@code event-proposer.tsv} next to this class; without it, or with one holding no model,
 * nothing is proposed. The system property {@value #PROPERTY} names another weights file to use instead (a model
 * trained but not shipped), or {@code off}.
 */
public final class EventProposer {
    public static final String RESOURCE = "event-proposer.tsv";
    /** The mode of every proposed event: what tells it from the rules' events. */
    public static final String MODE = "proposed";
    /** A weights file to use instead of the shipped one, or {@code off}. */
    public static final String PROPERTY = "dateline.event-proposer";
    private static volatile EventProposer standard;
    private final ProposerWeights weights;

    private EventProposer(ProposerWeights weights) { this.weights = weights == null ? ProposerWeights.NONE : weights; }

    /** The proposer with the shipped weights, or those the system property {@value #PROPERTY} names (read once). */
    public static EventProposer standard() {
        EventProposer p = standard;
        if (p == null) {
            String chosen = System.getProperty(PROPERTY, "").strip();
            if (chosen.equals("off")) p = none();
            else if (!chosen.isEmpty()) p = of(ProposerWeights.file(Path.of(chosen)));
            else p = of(ProposerWeights.resource(EventProposer.class, RESOURCE));
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
     * The types whose models are at least as sure as their thresholds that the sentence tells one, each with its
     * model's probability (what a proposal's confidence is made of), in the models' order.
     */
    Map<EventType, Double> confidentTypes(Sentence s) {
        if (!active()) return Map.of();
        List<String> f = SentenceFeatures.of(s);
        Map<EventType, Double> out = new LinkedHashMap<>();
        weights.models().forEach((t, w) -> {
            double p = w.probability(f);
            if (p >= w.threshold()) out.put(t, p);
        });
        return out;
    }

    /**
     * The events proposed for a parsed sentence: one per confident type the rules' events of the sentence
     * ({@code told}) do not have, when its root has a subject party.
     */
    List<Draft> propose(Clause c, ArticleContext ctx, Map<EventType, Double> types, List<Draft> told, List<TimeExpression> timexes,
                        TriggerLexicon lexicon, Modality modality) {
        // reading parties leaves memories in the article (the latest led group, document authors) that the rules of
        // later sentences read: a guess must not change what the rules code, so they are put back as they were
        List<Participant> ledGroup = ctx.lastLedGroup, authors = ctx.lastDocumentAuthors;
        Participant rulingGroup = ctx.lastRulingGroup;
        TimeExpression documentDate = ctx.lastDocumentDate;
        try {
            return proposeFor(c, ctx, types, told, timexes, lexicon, modality);
        } finally {
            ctx.lastLedGroup = ledGroup;
            ctx.lastDocumentAuthors = authors;
            ctx.lastRulingGroup = rulingGroup;
            ctx.lastDocumentDate = documentDate;
        }
    }

    private List<Draft> proposeFor(Clause c, ArticleContext ctx, Map<EventType, Double> types, List<Draft> told,
                                   List<TimeExpression> timexes, TriggerLexicon lexicon, Modality modality) {
        int root = rootOf(c);
        if (root < 0) return List.of();
        int subject = new Subjects(c, lexicon).subjectOf(root);
        if (subject < 0) return List.of();
        ParticipantFinder parts = new ParticipantFinder(c, ctx);
        List<Participant> actors = parts.of(subject);
        if (actors.isEmpty()) return List.of();
        List<Participant> recipients = new ArrayList<>();
        for (int o : c.children(root, "obj", "iobj")) Participants.addAll(recipients, parts.of(o));
        recipients.removeIf(p -> Participants.contains(actors, p));
        Map<Draft, Set<Integer>> anchorsOf = new LinkedHashMap<>();
        for (EventType t : types.keySet()) {
            if (told.stream().anyMatch(d -> d.type == t)) continue;
            Draft d = Draft.at(c, root, t, weights.cameo().get(t));
            d.mode = MODE;
            d.start = c.sentence.start();
            d.end = c.sentence.end();
            Participants.addAll(d.actors, actors);
            Participants.addAll(d.recipients, recipients);
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
