package org.dateline.core.event;

import java.util.List;

import org.dateline.core.language.GazetteerEntry;
import org.dateline.model.Participant;

/**
 * Names of the actor dictionaries (the imported Phoenix actors and agents, with dated codes) found in the words of a
 * nominal: the longest run the dictionary knows at the article's date, unless it is only a part of a longer proper
 * name ("the Kaeson Youth Park" is no youth organisation). Used by {@link ParticipantFinder} after the names the text
 * places itself.
 */
final class DictionaryNames {
    private final Clause c;
    private final ArticleContext ctx;

    DictionaryNames(Clause c, ArticleContext ctx) {
        this.c = c;
        this.ctx = ctx;
    }

    /**
     * The longest run of words of a nominal's core (its words less its phrases) that the dictionary codes, or null.
     * A name made of ordinary words ("Youth", "US") counts only where the tagger reads a word of it as a proper noun:
     * a sentence's first word is capitalised anyway.
     */
    Participant longestIn(List<Integer> core) {
        if (ctx.dictionary.isEmpty()) return null;
        for (int len = Math.min(core.size(), ctx.dictionary.maxWords()); len >= 1; len--) {
            for (int s = 0; s + len <= core.size(); s++) {
                List<Integer> run = core.subList(s, s + len);
                String text = c.text(run, ctx.article.body());
                boolean caseBound = ctx.dictionary.caseBound(text);
                if (caseBound && run.stream().noneMatch(i -> c.pos(i).startsWith("NNP"))) continue;
                if (insideLongerName(run, core, caseBound)) continue;
                var coding = ctx.dictionary.lookup(text, ctx.article.publicationDate());
                // the gazetteer is asked only of a run the dictionary codes: most runs of most nominals are no name
                if (coding.isPresent() && !insideRegionName(run, core)) {
                    return new Participant(coding.get().name(), coding.get().country(), coding.get().sector());
                }
            }
        }
        return null;
    }

    /**
     * "the Kaeson Youth Park", "the Youth League": a dictionary name that is only a part of a longer run of
     * capitalised proper nouns of the nominal names something else. A name made of ordinary words ("Youth") may have
     * no such word on either side, another name ("Hamas" in "the Hamas leadership council") not on both.
     */
    private boolean insideLongerName(List<Integer> run, List<Integer> core, boolean caseBound) {
        int first = run.get(0), last = run.get(run.size() - 1);
        boolean left = core.contains(first - 1) && isCapitalisedName(first - 1);
        boolean right = core.contains(last + 1) && isCapitalisedName(last + 1);
        return caseBound ? left || right : left && right;
    }

    /**
     * "Latin American leaders", "the South American bloc": a word the dictionary codes as a state ("American") that
     * the gazetteer reads, with the words before it, as a region that is no state. The longer name wins, as it does
     * for the entities.
     */
    private boolean insideRegionName(List<Integer> run, List<Integer> core) {
        if (ctx.gazetteer == null) return false;
        int first = run.get(0), end = c.tokens.get(run.get(run.size() - 1)).end();
        for (int k = first - 1; k >= first - 2 && core.contains(k); k--) {
            for (GazetteerEntry e : ctx.gazetteer.startingAt(ctx.article.body(), c.tokens.get(k).start())) {
                boolean region = e.kind() == GazetteerEntry.Kind.PLACE && e.country() == null;
                if (region && c.tokens.get(k).start() + e.text().length() >= end) return true;
            }
        }
        return false;
    }

    private boolean isCapitalisedName(int i) {
        return c.pos(i).startsWith("NNP") && Character.isUpperCase(c.tokens.get(i).word().codePointAt(0));
    }
}
