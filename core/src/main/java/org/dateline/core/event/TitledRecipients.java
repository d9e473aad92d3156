package org.dateline.core.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dateline.model.Entity;
import org.dateline.model.EventType;
import org.dateline.model.Participant;

/**
 * The party of an act of praise or blame named by a title alone: after "President Ana Silva arrived in Lima",
 * "the party praised the President", "spoke highly of the exploits of the President", "spoke highly of the President's
 * achievements" and "the paper denounced the President for his policy" praise or blame Ana Silva, not a nameless
 * "President". A capitalised title after "the" ({@code standing-titles}) that the language layer gave no referent
 * stands for the person named before in the story whose role holds that word ({@link TitledReferents}); one no one
 * held before stays as it was.
 *
 * <p>Read only on the events of praise (SUPPORT, CAMEO 05) and blame (ACCUSE, CAMEO 11) the sentence's rules coded:
 * there a title names the one judged, where in other acts ("the President's plane landed") it may not. A part of
 * {@link EventCoder}.
 */
final class TitledRecipients {
    private static final Set<String> TITLES = EventWords.get("standing-titles");

    private TitledRecipients() {}

    /** Resolves, in place, the titled recipients of the praise and blame among the sentence's drafts. */
    static void resolve(Clause c, List<Draft> drafts, TitledReferents titles, ArticleContext ctx) {
        for (Draft d : drafts) {
            if (d.sentence != c.sentence.index() || !appraises(d)) continue;
            for (int i = 0; i < d.recipients.size(); i++) {
                Entity e = bareTitle(d.recipients.get(i).name(), c, titles);
                if (e != null) d.recipients.set(i, ctx.participant(e));
            }
            if (!d.recipients.isEmpty()) continue;
            Entity judged = titleAfterTrigger(c, d, titles);
            if (judged == null) continue;
            Participant p = ctx.participant(judged);
            if (!Participants.contains(d.actors, p)) d.recipients.add(p);
        }
    }

    /** Praise (SUPPORT with a CAMEO 05 code) or blame (ACCUSE). */
    private static boolean appraises(Draft d) {
        if (d.type == EventType.ACCUSE) return true;
        return d.type == EventType.SUPPORT && d.cameo != null && d.cameo.startsWith(CameoCodes.SUPPORT_ROOT);
    }

    /** "the President", "President": a participant named by one capitalised title word, resolved; else null. */
    private static Entity bareTitle(String name, Clause c, TitledReferents titles) {
        String word = name.startsWith("the ") ? name.substring(4) : name;
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || word.indexOf(' ') >= 0) return null;
        String lower = word.toLowerCase(Locale.ROOT);
        return TITLES.contains(lower) ? titles.titled(lower, c.sentence.index()) : null;
    }

    /**
     * An act the rules left without a recipient: the first titled person in what the trigger governs after it
     * ("spoke highly of the President's achievements": a possessor the participant finder does not take for a party).
     */
    private static Entity titleAfterTrigger(Clause c, Draft d, TitledReferents titles) {
        int v = triggerToken(c, d);
        if (v < 0) return null;
        for (int k : c.subtree(v)) {
            if (k <= v || !c.pos(k).startsWith("NNP") || !c.entitiesAt(k).isEmpty() || !TITLES.contains(c.lower(k))) continue;
            if (c.children(k, "det").stream().noneMatch(x -> c.lower(x).equals("the"))) continue;
            if (!c.children(k, "compound", "flat", "appos").isEmpty()) continue; // "the President Ana Silva" names
            Entity e = titles.titled(c.lower(k), c.sentence.index());
            if (e != null) return e;
        }
        return null;
    }

    /** The clause token of the draft's trigger word, at or after its span's start; -1 if none. */
    private static int triggerToken(Clause c, Draft d) {
        for (int i = 0; i < c.size(); i++) {
            if (c.tokens.get(i).start() >= d.start && c.tokens.get(i).word().equals(d.trigger)) return i;
        }
        return -1;
    }
}
