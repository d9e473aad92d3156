package org.dateline.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dateline.model.Article;
import org.dateline.model.EventLink;
import org.dateline.model.EventStatus;
import org.dateline.model.LinkRelation;
import org.dateline.model.StoryEvent;
import org.dateline.model.StoryThread;
import org.dateline.store.EventCriteria;
import org.dateline.store.LinkEvidence;
import org.dateline.store.Store;

/**
 * A running story as the thread page lays it out: each plan next to what became of it (held, called off, put
 * off, or nothing yet), then the events that answer no plan.
 *
 * @param thread   the thread record
 * @param articles its articles, oldest first (at most {@value #MAX_ARTICLES})
 * @param plans    planned and possible events with their outcomes, in date order
 * @param others   the thread's other events, in date order
 */
public record ThreadPage(StoryThread thread, List<ArticleRef> articles, List<PlanOutcome> plans, List<EventSummary> others) {
    static final int MAX_ARTICLES = 200;
    private static final Set<LinkRelation> OUTCOME_RELS = Set.of(LinkRelation.REALIZED_BY, LinkRelation.CANCELLED_BY, LinkRelation.POSTPONED_BY);

    /** An article of the thread, enough to list and open it. */
    public record ArticleRef(String id, String headline, String publicationDate, String agency) {}

    /**
     * A plan and its outcomes.
     *
     * @param state {@code realized}, {@code cancelled}, {@code postponed} or {@code open}
     */
    public record PlanOutcome(EventSummary plan, String state, List<Outcome> outcomes) {}

    /**
     * What a plan became, with the link's evidence: as the linker stored it ({@code evidence}, citing article ids),
     * and readable, as {@code dateline links} prints it: the two sentences matched, with the days their articles came
     * out, and why they fit.
     */
    public record Outcome(String rel, String evidence, EventSummary event, Report plan, Report outcome, String why) {}

    /** One side's sentence as its article gave it, and the day that article came out. */
    public record Report(String sentence, String published) {}

    static Optional<ThreadPage> load(Store store, String id) {
        return store.thread(id).map(t -> {
            List<StoryEvent> events = store.storyEvents(EventCriteria.all().withThread(t.id()).withLimit(0));
            Map<String, StoryEvent> byId = new LinkedHashMap<>();
            events.forEach(e -> byId.put(e.id(), e));
            List<PlanOutcome> plans = new ArrayList<>();
            Set<String> placed = new HashSet<>();
            for (StoryEvent se : events) {
                EventStatus status = se.event().status();
                boolean plan = status != null && status.isAhead()
                        || se.links().stream().anyMatch(l -> OUTCOME_RELS.contains(l.rel()));
                if (!plan) continue;
                placed.add(se.id());
                List<Outcome> outcomes = new ArrayList<>();
                for (EventLink l : se.links()) {
                    if (!OUTCOME_RELS.contains(l.rel())) continue;
                    StoryEvent other = byId.containsKey(l.event()) ? byId.get(l.event()) : store.storyEvent(l.event()).orElse(null);
                    outcomes.add(new Outcome(l.rel().spelling(), l.evidence(), other == null ? null : EventSummary.of(other),
                            report(store, se, l.evidence()), other == null ? null : report(store, other, l.evidence()),
                            LinkEvidence.why(l.evidence())));
                    placed.add(l.event());
                }
                plans.add(new PlanOutcome(EventSummary.of(se), state(outcomes), outcomes));
            }
            List<EventSummary> others = events.stream().filter(e -> !placed.contains(e.id())).map(EventSummary::of).toList();
            List<ArticleRef> articles = t.articles().stream().limit(MAX_ARTICLES)
                    .map(a -> store.article(a).map(ThreadPage::ref).orElse(new ArticleRef(a, null, null, null))).toList();
            return new ThreadPage(t, articles, plans, others);
        });
    }

    /** The sentence of an event the link's evidence cites, with its article's publication day. */
    private static Report report(Store store, StoryEvent e, String evidence) {
        return LinkEvidence.cited(e, evidence).map(m -> new Report(m.sentence(),
                m.article() == null ? null : store.article(m.article()).map(Article::publicationDate).orElse(null))).orElse(null);
    }

    static ArticleRef ref(Article a) {
        return new ArticleRef(a.id(), a.headline(), a.publicationDate(), a.agency());
    }

    private static String state(List<Outcome> outcomes) {
        for (String[] rs : new String[][] {{LinkRelation.REALIZED_BY.spelling(), "realized"},
                {LinkRelation.CANCELLED_BY.spelling(), "cancelled"}, {LinkRelation.POSTPONED_BY.spelling(), "postponed"}}) {
            if (outcomes.stream().anyMatch(o -> o.rel().equals(rs[0]))) return rs[1];
        }
        return "open";
    }
}
