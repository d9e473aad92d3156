package org.dateline.core.event;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.dateline.model.Entity;
import org.dateline.model.EntityType;

/**
 * The people a story looks back on: whose anniversary it marks, whose feats, legacy or death it tells ("Seminar Marks
 * Neruda's Birth Centenary", "the feats of President X", "on the anniversary of the death of Y"). Such a story is
 * told now, but what that person did in it ("He founded the party", "Neruda visited Moscow and met the writers") is
 * the past of a life, years or decades before the article's day. An act of theirs told in the plain past with no date
 * of its own then gets no date ({@link LastResortDates}), never the article's day. The celebrations and tributes of others
 * in the same story keep theirs.
 * <p>
 * Read from the text, not from a parse: a person's name written right before a retrospective noun with a
 * possessive ("X's 70th birth anniversary", "X's feats"), or after one of them and "of" with at most three title
 * words between ("the centenary of poet X"), in the headline or the body (retrospective-nouns).
 */
final class RetrospectiveSubjects {
    private static final Set<String> NOUNS = EventWords.get("retrospective-nouns");
    /** Up to three words (an ordinal, "birth", "death") between a possessive and the retrospective noun. */
    private static final String BETWEEN_POSSESSIVE = "(?:\\s+[\\w-]+){0,3}?\\s+";
    /** Up to three title words between "of" and the name ("of general secretary", "of the late president"). */
    private static final String TITLE_WORDS = "(?:[\\w-]+\\s+){0,3}?";

    private static final int CASE = Pattern.CASE_INSENSITIVE;

    private RetrospectiveSubjects() {}

    /**
     * Whether a draft tells an act of a life the story looks back on: in the plain past, all its doers people of
     * {@link ArticleContext#lookedBackOn}.
     */
    static boolean lived(Clause c, Draft d, Set<Integer> words, ArticleContext ctx) {
        if (d.actors.isEmpty() || !d.actors.stream().allMatch(p -> ctx.lookedBackOn.contains(p.name()))) return false;
        return words.stream().anyMatch(a -> c.pos(a).equals("VBD"));
    }

    /** The canonical names of the people the headline or body looks back on. */
    static Set<String> of(String headline, String body, List<Entity> entities) {
        String text = (headline == null ? "" : headline + "\n") + body;
        String nouns = "(?:" + String.join("|", NOUNS) + ")";
        Set<String> out = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON || e.canonical() == null || !seen.add(e.text())) continue;
            String name = Pattern.quote(e.text());
            Pattern owned = Pattern.compile(name + "['\u2019]s" + BETWEEN_POSSESSIVE + nouns + "\\b", CASE);
            Pattern of = Pattern.compile("\\b" + nouns + "\\s+of\\s+(?:the\\s+)?" + TITLE_WORDS + name
                    + "(?!['\u2019]s)\\b", CASE);
            if (owned.matcher(text).find() || of.matcher(text).find()) out.add(e.canonical());
        }
        return out;
    }
}
