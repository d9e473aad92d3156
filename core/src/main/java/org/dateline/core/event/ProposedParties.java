package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dateline.model.Participant;

/**
 * Who does and who undergoes what a proposal's root tells ({@link EventProposer}), read from the root's arguments:
 * <ul>
 *   <li>its subject does it to its object ("X feted Y"), as the coder's machinery resolves both ({@link Subjects},
 *       {@link ParticipantFinder}); a root of receiving with a sender named ("received a letter from Y") has the
 *       sender as doer and its subject as the one acted on ({@link ReceivedSenders});</li>
 *   <li>a passive root with a "by" agent ("The delegation was feted by the minister") has the agent as doer and its
 *       passive subject as the one acted on (CODING.md section 3: the agent acts; with no agent there is no doer, and
 *       the proposer proposes nothing);</li>
 *   <li>a verb of saying whose that-clause judges someone ("X said that Y's feats are splendid", "X noted that Y's
 *       moves are a provocation") says it of that clause's subject, or of the subject's possessor when the subject is
 *       a thing ("Y's feats"): the speaker praises or blames Y ({@link #judged}).</li>
 * </ul>
 */
final class ProposedParties {
    private static final Set<String> REPORTING = EventWords.get("reporting-verbs");

    /** The doers, empty when the root names none. */
    final List<Participant> doers;
    /**
     * The parties acted on: the root's objects, a receiver, a passive subject; with no doers, the possessor of a
     * subject that names a thing ("Y's feats are splendid, X said": Y, whom a speaker may praise).
     */
    final List<Participant> objects;

    private ProposedParties(List<Participant> doers, List<Participant> objects) {
        this.doers = doers;
        this.objects = objects;
    }

    /** The parties of the act the root tells, with no doers when it names none. */
    static ProposedParties of(Clause c, int root, Subjects who, ParticipantFinder parts) {
        int subject = who.subjectOf(root);
        if (subject < 0) return passive(c, root, parts);
        List<Participant> doers = parts.of(subject);
        if (doers.isEmpty()) return new ProposedParties(doers, possessors(c, subject, parts));
        List<Participant> objects = new ArrayList<>();
        for (int o : c.children(root, "obj", "iobj")) Participants.addAll(objects, parts.of(o));
        // "X received a letter from Y": what was sent is the sender's act, done to the subject
        List<Participant> senders = ReceivedSenders.of(c, root, parts);
        if (!senders.isEmpty()) return new ProposedParties(senders, new ArrayList<>(doers));
        return new ProposedParties(doers, objects);
    }

    /** "Y was feted by X": the agent does it to the passive subject; no agent, no doer. */
    private static ProposedParties passive(Clause c, int root, ParticipantFinder parts) {
        List<Participant> doers = new ArrayList<>();
        List<Participant> objects = new ArrayList<>();
        List<Integer> patients = c.childrenExact(root, "nsubj:pass");
        if (!patients.isEmpty()) {
            for (int a : PassiveRelatives.agents(c, root)) Participants.addAll(doers, parts.of(a));
            for (int p : patients) Participants.addAll(objects, parts.of(p));
        }
        return new ProposedParties(doers, objects);
    }

    /**
     * Whom a verb of saying's that-clause judges: the clause's subject ("said that the Mexican president is a
     * splendid leader"), or its possessor when the subject names no party ("the Mexican people's feats"). Empty when
     * the root is no verb of saying with such a clause, or the clause's subject is the speaker himself or a pronoun
     * (which, in a speaker's words, most often is the speaker).
     */
    static List<Participant> judged(Clause c, int root, List<Participant> speakers, ParticipantFinder parts) {
        List<Participant> out = new ArrayList<>();
        if (!c.pos(root).startsWith("VB") || !REPORTING.contains(c.lemma(root))) return out;
        for (int clause : c.childrenExact(root, "ccomp")) {
            for (int s : c.childrenExact(clause, "nsubj")) {
                if (c.pos(s).startsWith("PRP")) continue; // "said that he extends tribute to X": likely the speaker
                List<Participant> who = parts.of(s);
                if (who.isEmpty()) who = possessors(c, s, parts);
                for (Participant p : who) if (!Participants.contains(speakers, p)) Participants.addAll(out, List.of(p));
            }
        }
        return out;
    }

    /** "the Mexican people's feats": the parties owning a subject that names no party itself. */
    private static List<Participant> possessors(Clause c, int s, ParticipantFinder parts) {
        List<Participant> out = new ArrayList<>();
        for (int p : c.children(s, "nmod:poss")) Participants.addAll(out, parts.of(p));
        return out;
    }
}
