package org.dateline.core.connect;

import java.util.ArrayList;
import java.util.List;

/**
 * How well a report fits a story, the chain of stages {@link EventMerger} runs on each candidate its blocking keys
 * found: the keys, days and places ({@link KeyFit}), how the clauses tell it ({@link ToldAlike}), a medium's own
 * pieces ({@link OwnPieces}), the evidence of the deed's kind ({@link DeedEvidence}), the sentences' words ({@link
 * HappeningWords}) against thresholds set by how both are dated, and the learned veto ({@link SameHappening}). Each
 * stage may refuse; only a report none refuses gets a score. Kept apart from the merger, which only finds the
 * candidates and places the report. Not thread-safe, like the merger that owns it.
 */
final class StoryFit {
    /**
     * How alike two reports' sentences must be (weighted Dice of content lemmas, {@link HappeningWords}) to be one
     * happening: when both state the same day the date ties them and a shared rare word will do; when both state
     * overlapping dates, a little more; when one is only placed in a window around its publication day, the words
     * must carry the evidence, unless the report names both parties ({@link #namesBoth}).
     */
    static final double DAY_SIMILARITY = 0.05;
    static final double DATED_SIMILARITY = 0.1;
    static final double WINDOW_SIMILARITY = 0.2;
    /**
     * How alike the sentences of a lone deed must be ({@link #lone}: one actor, no recipient in any report): "the
     * leader celebrated the anniversary", "the leader's work was posted", "he took measures for the holiday" are
     * all one actor's deeds of a day with no one to tie them, so the words must tell the same happening whatever
     * the date.
     */
    static final double LONE_SIMILARITY = 0.2;
    /**
     * What a report must share with one report of a story when it is weak evidence on its own ({@link #alone}): no
     * date from its text and no one specific beside its single actor. "The leader delivered a speech" and "he gave
     * tools to a farm" are what such an actor does every other day; it takes about three words as telling as
     * one in a hundred reports ({@link HappeningWords#sharedWeight}) to say it is a second report of one of them:
     * the same aircraft delivered, the same conditions demanded.
     */
    static final double ALONE_EVIDENCE = 3 * Math.log(1 / HappeningWords.UNCOMMON);
    /**
     * How many words written in lower case a sentence needs for its second filing to tie a lone, undated report to
     * the first ({@link #filedTwice}): a news sentence has a dozen, a cheer or a slogan half as many.
     */
    static final int FILED_WORDS = 8;

    private final HappeningWords words;
    private final Tellings tellings;
    private final ToldAlike told;
    private final DeedEvidence evidence;
    private final SameHappening model;

    StoryFit(HappeningWords words, Tellings tellings, ToldAlike told, DeedEvidence evidence, SameHappening model) {
        this.words = words;
        this.tellings = tellings;
        this.told = told;
        this.evidence = evidence;
        this.model = model;
    }

    /**
     * How well a report fits a story, or a negative number when it cannot be the same event: the keys, recipients,
     * days and places must agree, the clauses must tell it the same way and give no different counts of one thing,
     * two pieces of a medium's own blame must name the deed they blame for alike ({@link OwnPieces}), the report must
     * show that it tells the deed of the story's core ({@link DeedEvidence}), and the sentences must tell of the same
     * happening.
     */
    double score(Story s, EventMention m) { return score(s, m, false); }

    /**
     * {@link #score}, where a name written in full in one report and by its initials in the other ({@link Acronyms})
     * is a name both share for the gates of a report recalled late or weak on its own. The merger asks only when no
     * story fits the report as written, and joins what it finds at the end ({@link LateJoins}).
     */
    double scoreByInitials(Story s, EventMention m) { return score(s, m, true); }

    private double score(Story s, EventMention m, boolean initials) {
        double keys = KeyFit.score(s, m, false);
        if (keys < 0 || !told.test(s, m) || OwnPieces.apart(s, m, words) || !evidence.shown(s, m)) return -1;
        double similarity = words.similarity(s, m);
        if (alone(s, m) && !aloneTiedBy(s, m, initials)) return -1;
        // the person arrested names the arrest a late report recalls, as its place or name would (Detentions)
        boolean arrested = evidence.byParties() && Detentions.tells(m);
        if (!arrested && recalledLate(s, m, EventMerger.UNDATED_GAP_DAYS)
                && !words.sharesSpecific(s, m, HappeningWords.UNCOMMON, initials)) return -1;
        if (!arrested && recalledLate(s, m, EventMerger.NAMED_RECALL_DAYS)
                && !words.sharesName(s, m, HappeningWords.RARE, initials)) return -1;
        if (s.anchored && m.anchored() && otherGrain(s, m) && tellings.of(m) != Telling.SEVERAL) return -1;
        boolean dated = s.anchored && m.anchored();
        boolean sameDay = dated && m.span().days() == 1 && m.span().equals(s.span);
        boolean placedByWindow = !s.anchored || !m.anchored();
        double window = placedByWindow && namesBoth(m) && KeyFit.sharesOthers(s, m) ? DATED_SIMILARITY : WINDOW_SIMILARITY;
        // who and what the deed's kind names already tie the report to the core (DeedEvidence#byParties)
        double needed = sameDay || evidence.byParties() ? DAY_SIMILARITY : dated ? DATED_SIMILARITY : window;
        if (lone(s, m)) needed = Math.max(needed, LONE_SIMILARITY);
        if (similarity < needed) return -1;
        if (!model.accepts(s, m)) return -1;
        return keys + similarity;
    }

    /**
     * True when a report the text gives no date names no one specific beside its single actor that a report of the
     * story names too: "the leader provided field guidance", which he does every week, at a different place each
     * time. Such a report joins only on a word few reports use ({@link HappeningWords#RARE}): the site's name; and
     * only on several telling words in common with one report of the story ({@link #ALONE_EVIDENCE}), not on its deed
     * alone.
     */
    /**
     * True when a report that is weak evidence on its own ({@link #alone}) still ties itself to the story: in the
     * same words as its first report (the same story filed twice), or by several telling words in common with one
     * report ({@link #ALONE_EVIDENCE}) among them a word few reports use. When the story is dated that word may be
     * any ("the same aircraft"), and so when either sentence marks its deed as recent ({@link Recency}: "days after
     * they demanded", "earlier, they provided"); when the story is as dateless as the report and nothing marks
     * either as news, it must be a name ({@link HappeningWords#sharesName}): "he developed the idea in depth", "the
     * imperialists committed crimes in the war", told of no day, share long phrases of the agency's praise and
     * blame in every other story, while one occasion recalled without a date is told by its name or place ("the
     * speech at the square").
     */
    private boolean aloneTiedBy(Story s, EventMention m, boolean initials) {
        if (filedTwice(s.first(), m)) return true;
        if (words.sharedWeight(s, m) < ALONE_EVIDENCE) return false;
        if (s.anchored || Recency.marked(m) || Recency.marked(s.first())) {
            return words.sharesSpecific(s, m, HappeningWords.RARE, initials);
        }
        return words.sharesName(s, m, HappeningWords.RARE, initials);
    }

    /**
     * True when a report's sentence is the first report's filed again: the same words, and enough of them written in
     * lower case ({@link #FILED_WORDS}) to be written once. "The dear leader, thank you very much", a cheer or a
     * slogan, is what many speakers say on many days: the same short formula in two articles is two utterances.
     */
    static boolean filedTwice(EventMention first, EventMention m) {
        String sentence = m.mention().sentence();
        return ToldAlike.sameWords(first.mention().sentence(), sentence)
                && DeedEvidence.proseWords(sentence).size() >= FILED_WORDS && namesSomething(sentence);
    }

    /**
     * True when a sentence names something of its own: a word written with a capital after its first word, or a
     * number. "He highly praised their performance and thanked them" names its parties only by pronouns that point
     * back to its article's lead: the agency writes it after every performance the leader watches, and the same
     * words in two articles tell two evenings, while "he thanked the Ruritanian choir on May 3" filed twice is one.
     */
    static boolean namesSomething(String sentence) {
        String[] words = sentence.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i].replaceAll("^[^\\p{L}\\p{N}]+", "");
            if (w.isEmpty()) continue;
            if (w.chars().anyMatch(Character::isDigit)) return true;
            if (i > 0 && Character.isUpperCase(w.charAt(0)) && !w.equals("I") && !sentenceStart(words[i - 1])) return true;
        }
        return false;
    }

    /** True when a word ends a sentence, so that the next word's capital is the sentence's. */
    private static boolean sentenceStart(String previous) { return previous.matches(".*[.!?][\"”’']?,?|,"); }

    /**
     * True when a report names two parties specifically, one of them a person or a body and not only a state: "the
     * leader's visit to Russia", "the talks between the two presidents". Who met whom singles out a happening among
     * the reports of a few weeks as a stated date does, so its words need to add only what a dated report's do
     * ({@link #DATED_SIMILARITY}): the same visit told by a welcome, an editorial and a newspaper's pages shares
     * little more than "visit". One party alone, or two states ("Cuba and Haiti agreed"), is no such evidence.
     */
    static boolean namesBoth(EventMention m) {
        var names = m.context().names();
        int specific = 0;
        boolean person = false;
        List<String> all = new ArrayList<>(m.key());
        all.addAll(m.others());
        for (String n : all) {
            if (GenericParticipants.isGeneric(n)) continue;
            specific++;
            if (!names.isState(n)) person = true;
        }
        return specific >= 2 && person;
    }

    /**
     * True when a report and every report of the story have a single actor, a person or body and not a state, and no
     * recipient: a deed told of one actor alone, which only its words tell from the actor's other deeds of the day ({@link #LONE_SIMILARITY}).
     */
    static boolean lone(Story s, EventMention m) {
        if (m.key().size() != 1 || !m.others().isEmpty()) return false;
        // a state's offer told twice in other words ("stands ready to host talks", "offered to host dialogue") is
        // one policy; a person's deeds of a day are many
        if (m.context().names().isState(m.key().get(0))) return false;
        for (EventMention o : s.mentions) if (!o.others().isEmpty()) return false;
        return true;
    }

    private static boolean alone(Story s, EventMention m) {
        if (m.anchored() || m.key().size() != 1) return false;
        for (String o : m.others()) {
            if (GenericParticipants.isGeneric(o)) continue;
            for (EventMention x : s.mentions) if (x.others().contains(o)) return false;
        }
        return true;
    }

    /**
     * True when a report dated only by its publication joins a story whose days lie more than that many days before
     * it. A recall of an old event names something of it: after {@link EventMerger#UNDATED_GAP_DAYS}, a word few reports use
     * ("hashish", {@link HappeningWords#UNCOMMON}), not just "condemned the decision" of another month; after
     * {@link EventMerger#NAMED_RECALL_DAYS}, its name or place ("the summit in Ulan-Ude", {@link HappeningWords#sharesName}),
     * as a month later a second protest, decision or meeting of the same parties shares all the common words.
     */
    private static boolean recalledLate(Story s, EventMention m, int days) {
        return !m.anchored() && s.anchored && s.span != null && m.day() != null
                && s.span.last().plusDays(days).isBefore(m.day());
    }

    /**
     * True when no dated report of a story is dated at the report's grain: a deed dated only by its year beside a
     * story of a month ("this year's three drills", "the drill in August") is a sum of the year's occasions, and the
     * two never merge; counted occasions ({@link Telling#SEVERAL}, "visited four times since May last year") may be
     * summed up at either grain and are left to their words.
     */
    static boolean otherGrain(Story s, EventMention m) {
        boolean precise = precise(m);
        for (EventMention o : s.mentions) if (o.anchored() && precise(o) == precise) return false;
        return true;
    }

    private static boolean precise(EventMention m) { return m.span() == null || m.span().days() <= EventMerger.PRECISE_DAYS; }
}
