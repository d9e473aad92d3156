package org.dateline.core.connect;

import java.util.ArrayList;
import java.util.List;

/**
 * What the merger knows of two reports, as the yes-or-no features the learned same-happening stage weighs ({@link
 * SameHappening}): how both are dated and how far apart, how alike their clauses and sentences are, whether one is the
 * other filed again, whether they are of one thread, and what the deed's kind says ({@link DeedEvidence}). Every
 * feature is one the rule chain computes already; a measure is cut at fixed steps ("clause&gt;=.2", "clause&gt;=.4"),
 * so that a weight reads as what that much likeness adds. {@code dateline eval merges --features FILE} writes them for
 * labelled pairs, and {@code dateline train merges} fits their weights.
 */
final class PairFeatures {
    /** The steps a similarity is cut at (weighted Dice, 0..1). */
    static final double[] SIMILARITY_STEPS = {0.2, 0.4};

    private final HappeningWords words;
    private final DeedEvidence evidence;

    PairFeatures(HappeningWords words, DeedEvidence evidence) {
        this.words = words;
        this.evidence = evidence;
    }

    /** The features of report {@code m} against {@code c}, a report of the story's core (the order matters little). */
    List<String> of(EventMention c, EventMention m) {
        List<String> out = new ArrayList<>();
        out.add("date:" + dating(c, m));
        long apart = DeedEvidence.daysApart(c, m);
        out.add(apart <= 1 ? "apart:0-1" : apart <= DeedEvidence.WEEK_DAYS ? "apart:2-7" : "apart:8+");
        steps(out, "clause", words.clauseSimilarity(c, m));
        steps(out, "sentence", words.dice(words.of(c), words.of(m)));
        if (ToldAlike.sameWords(c.mention().sentence(), m.mention().sentence())
                || DeedEvidence.copied(evidence.facts(c).sentenceWords(), evidence.facts(m).sentenceWords())) {
            out.add("copy");
        }
        if (c.context().thread().equals(m.context().thread())) out.add("thread:same");
        DeedKind a = evidence.facts(c).kind(), b = evidence.facts(m).kind();
        out.add(a == b ? "kind:" + a.name().toLowerCase(java.util.Locale.ROOT) : "kind:mixed");
        if (evidence.between(c, m) && evidence.byParties()) out.add("by-parties");
        if (StoryFit.namesBoth(c) && StoryFit.namesBoth(m)) out.add("names-both");
        if (StoryFit.lone(new Story(c), m)) out.add("lone");
        if (words.shareNameIn(c, StatementSubjects.ownSentence(c), m, StatementSubjects.ownSentence(m),
                HappeningWords.RARE)) {
            out.add("name-shared");
        }
        if (m.status() != StatusClass.OCCURRED) out.add("not-occurred");
        if (c.place() != null && m.place() != null && Story.placesAgree(c.place(), m.place())) out.add("place:agree");
        return out;
    }

    /** How the two are dated: the same day, the same stated date, two stated dates, one or both placed by publication. */
    static String dating(EventMention c, EventMention m) {
        if (DeedEvidence.oneDay(c, m)) return "same-day";
        if (DeedEvidence.sameStatedDate(c, m)) return "same-stated";
        if (c.anchored() && m.anchored()) return "both-stated";
        return c.anchored() || m.anchored() ? "one-undated" : "both-undated";
    }

    private static void steps(List<String> out, String name, double value) {
        for (double step : SIMILARITY_STEPS) {
            if (value >= step) out.add(name + ">=" + String.valueOf(step).substring(1));
        }
    }
}
