package org.dateline.cli;

import java.util.Optional;
import java.util.function.Function;

import org.dateline.model.Article;
import org.dateline.model.LinkRelation;
import org.dateline.model.Mention;
import org.dateline.model.StoryEvent;
import org.dateline.store.LinkEvidence;
import org.dateline.store.StoryLink;

/**
 * Links as {@code dateline links} prints them: once per pair, from the plan's side, with the two sentences that were
 * matched, the days their articles came out, and the linker's reasons without the article ids it cites.
 *
 * <p>The store keeps each link in both directions ({@code realized_by} / {@code realizes}; {@code same_event} both
 * ways), so the reverse rows are left out here.
 */
final class LinkText {
    private LinkText() {}

    /** Whether this row is the one to print for its pair: the plan's side, or the first of a same_event pair. */
    static boolean printed(StoryLink l) {
        if (l.rel() == LinkRelation.REALIZES) return false;
        return l.rel() != LinkRelation.SAME_EVENT || l.from().compareTo(l.to()) < 0;
    }

    /**
     * <pre>
     * 2024-03-08         planned   CONSULT    Park Min-jae, Laura Whitfield  [ev-80bf]
     *   realized by
     * 2024-03-08         occurred  CONSULT    Park Min-jae, Laura Whitfield  [ev-9742]
     *   plan:    "Park will meet Laura Whitfield ... on Friday." (published 2024-03-07)
     *   outcome: "South Korea's chief nuclear envoy met ..." (published 2024-03-09)
     *   why:     participants Laura Whitfield, Park Min-jae; plan 2024-03-08; occurred 2024-03-08
     * </pre>
     */
    static String of(StoryLink l, Optional<StoryEvent> from, Optional<StoryEvent> to, Function<String, Optional<Article>> articles) {
        StringBuilder b = new StringBuilder();
        b.append(headline(from, l.from())).append('\n');
        b.append("  ").append(l.rel().spelling().replace('_', ' ')).append('\n');
        b.append(headline(to, l.to())).append('\n');
        String[] roles = l.rel() == LinkRelation.SAME_EVENT ? new String[] {"one:", "other:"} : new String[] {"plan:", "outcome:"};
        from.ifPresent(e -> b.append(report(roles[0], e, l.evidence(), articles)));
        to.ifPresent(e -> b.append(report(roles[1], e, l.evidence(), articles)));
        if (l.evidence() != null) b.append(String.format("  %-9s %s%n", "why:", LinkEvidence.why(l.evidence())));
        return b.toString();
    }

    private static String headline(Optional<StoryEvent> e, String id) {
        return e.map(EventText::line).map(String::strip).orElse(id + " (not stored)") + "  [" + id + "]";
    }

    /** The mention the evidence cites (by its article id), else the first one. */
    private static String report(String role, StoryEvent e, String evidence, Function<String, Optional<Article>> articles) {
        Optional<Mention> cited = LinkEvidence.cited(e, evidence);
        if (cited.isEmpty()) return "";
        Mention m = cited.get();
        String published = articles.apply(m.article()).map(Article::publicationDate).orElse(null);
        return String.format("  %-9s \"%s\"%s%n", role, EventText.oneLine(m.sentence()),
                published == null ? "" : " (published " + published + ")");
    }
}
