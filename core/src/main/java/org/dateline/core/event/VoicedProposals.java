package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dateline.model.Participant;

/**
 * (s58) The learned proposer's speech acts told in a paper's own voice: in a piece that is a paper's commentary
 * ("Rodong Sinmun says in a bylined commentary:") or an agency's (a headline calling it a commentary), a sentence no
 * one is said to say ({@link Draft#ownVoice}) that blames, demands or threatens ("The Ruritanian authorities would be
 * well advised to behave", "The puppets are keen on straining the situation") is the paper's act, not its subject's:
 * the proposer read the root's subject as the doer, but it is whom the piece speaks of (CODING.md section 1: a
 * publication's own voice counts, the paper or agency the actor, sector MED). Such a proposal gets the piece's voice
 * as actor and its parties as recipients. A subject of the voice's own country ("We never pardon ...", "The DPRK
 * has made efforts") is left as it was: it is the voice speaking of itself.
 *
 * <p>The piece blames and presses each party once (section 6; {@link OwnVoice} codes that once per party): a voiced
 * proposal whose type the voice has already done to one of its parties, in the rules' events or an earlier voiced
 * proposal, is no event of its own.
 */
final class VoicedProposals {
    private VoicedProposals() {}

    /**
     * The proposals with each own-voice speech act made the voice's; those the voice did already dropped.
     *
     * @param voice who speaks through the whole piece ({@link OwnVoice#wholePiece}), empty for a news item
     * @param coded the rules' events of the article
     */
    static List<Draft> of(List<Draft> proposals, List<Participant> voice, List<Draft> coded) {
        if (voice.isEmpty()) return proposals;
        String home = voice.get(0).country();
        List<Draft> out = new ArrayList<>();
        List<Draft> voiced = new ArrayList<>();
        for (Draft p : proposals) {
            if (!p.ownVoice || p.actors.stream().anyMatch(a -> home != null && home.equals(a.country()))) {
                out.add(p);
                continue;
            }
            List<Participant> spokenOf = new ArrayList<>(p.actors);
            Participants.addAll(spokenOf, p.recipients);
            p.actors.clear();
            Participants.addAll(p.actors, voice);
            p.recipients.clear();
            Participants.addAll(p.recipients, spokenOf);
            p.recipients.removeIf(r -> Participants.contains(voice, r));
            if (doneAlready(p, coded, home) || doneAlready(p, voiced, home)) continue;
            voiced.add(p);
            out.add(p);
        }
        return out;
    }

    /** Whether the voice's country, as a paper or agency, did this type to one of p's parties in these events. */
    private static boolean doneAlready(Draft p, List<Draft> events, String home) {
        for (Draft d : events) {
            if (d.type != p.type || d.actors.stream().noneMatch(a -> home != null && home.equals(a.country())
                    && "MED".equals(a.sector()))) continue;
            if (p.recipients.isEmpty() || Participants.shareCountry(d.recipients, p.recipients, Set.of())) return true;
        }
        return false;
    }
}
