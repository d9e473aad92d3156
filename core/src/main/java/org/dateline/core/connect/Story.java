package org.dateline.core.connect;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

import org.dateline.model.DateModifier;
import org.dateline.model.Event;
import org.dateline.model.EventLink;
import org.dateline.model.EventStatus;
import org.dateline.model.LinkRelation;
import org.dateline.model.Mention;
import org.dateline.model.StoryEvent;

/**
 * A story event while it is being built: its mentions, the narrowest days they agree on, and its links. Turned into
 * the immutable {@link StoryEvent} at the end.
 */
final class Story {
    final String id;
    final String family;
    final StatusClass status;
    final List<String> key;
    final List<EventMention> mentions = new ArrayList<>();
    /**
     * Reports that continue a report of the story within its sentence ({@link CoordinatedDeeds}: "[and] shot dead
     * two"): steps of the happening, recorded as its mentions but not compared with later reports, whose recipients
     * and counts are those of the step they tell ("wounded three others" is no count of the dead).
     */
    final List<EventMention> steps = new ArrayList<>();
    final Set<String> articles = new HashSet<>();
    final Map<String, EventLink> links = new LinkedHashMap<>();
    Span span;
    boolean anchored;
    /** The best later outcome found for a plan, and how good a match it is. */
    Story outcome;
    double outcomeScore;
    String outcomeEvidence;
    /** For an outcome dated more loosely than the plan it realizes: the plan's mention whose day it takes. */
    EventMention datedByPlan;
    /** The story that took all this story's reports ({@link SoleOccasions#gather}), or null. */
    Story absorbedInto;

    /** The story that holds this story's reports now: itself, or the last of the stories they were moved on to. */
    Story latest() {
        Story s = this;
        while (s.absorbedInto != null) s = s.absorbedInto;
        return s;
    }

    Story(EventMention first) { this(first, ""); }

    /**
     * A story begun by a report; {@code salt} tells apart the ids of two stories begun by one report, as when a report
     * leaves the story it began ({@link Story#drop}) and stands alone.
     */
    Story(EventMention first, String salt) {
        this.id = "ev-" + HexFormat.of().toHexDigits(NearDuplicates.mix(
                (first.reportKey() + salt).hashCode() * 0x9E3779B97F4A7C15L)).substring(0, 12);
        this.family = first.family();
        this.status = first.status();
        this.key = first.key();
        add(first);
    }

    /** This story's report named {@code article#event}, among its mentions and its steps, or null. */
    EventMention report(String reportKey) {
        for (EventMention m : mentions) if (m.reportKey().equals(reportKey)) return m;
        for (EventMention m : steps) if (m.reportKey().equals(reportKey)) return m;
        return null;
    }

    void add(EventMention m) {
        mentions.add(m);
        articles.add(m.context().id());
        if (m.span() == null) return;
        if (span == null || (m.anchored() && !anchored)) {
            span = m.span();
            anchored = m.anchored();
        } else if (m.anchored() == anchored && span.overlaps(m.span())) {
            span = intersect(span, m.span());
        }
    }

    /**
     * Recomputes the days and articles from the reports left after some were moved to another story, which takes the
     * steps of the moved reports' articles with them; marks this story absorbed by it when none is left.
     */
    void rebuild(List<EventMention> moved, Story to) {
        Set<String> gone = new HashSet<>();
        for (EventMention m : moved) gone.add(m.context().id());
        for (EventMention st : List.copyOf(steps)) {
            if (!gone.contains(st.context().id())) continue;
            steps.remove(st);
            to.addStep(st);
        }
        recount();
        if (mentions.isEmpty()) absorbedInto = to;
    }

    /** Takes a report out of the story ({@link EarlyReports}) and recomputes its days and articles from the rest. */
    void drop(EventMention m) {
        mentions.remove(m);
        recount();
    }

    /** Days, anchoring and articles recomputed from the reports and steps the story holds now. */
    private void recount() {
        List<EventMention> left = List.copyOf(mentions);
        mentions.clear();
        articles.clear();
        span = null;
        anchored = false;
        left.forEach(this::add);
        steps.forEach(st -> articles.add(st.context().id()));
    }

    void addStep(EventMention m) {
        steps.add(m);
        articles.add(m.context().id());
    }

    private static Span intersect(Span a, Span b) {
        return new Span(a.first().isAfter(b.first()) ? a.first() : b.first(),
                a.last().isBefore(b.last()) ? a.last() : b.last());
    }

    EventMention first() { return mentions.get(0); }

    /**
     * The reports that define the story: its first, and the first that stated its date when that is another. A report
     * joins the story only on evidence against these ({@link DeedEvidence}), never through a later member: reports
     * that are each alike to the one before drift from deed to deed.
     */
    List<EventMention> core() {
        EventMention first = mentions.get(0);
        if (!anchored || first.anchored()) return List.of(first);
        for (EventMention m : mentions) if (m.anchored()) return List.of(first, m);
        return List.of(first);
    }

    /** The place given by the most precisely dated mention that names one. */
    String place() {
        EventMention best = null;
        for (EventMention m : mentions) {
            if (m.place() == null || m.place().isBlank()) continue;
            if (best == null || precision(m) < precision(best)) best = m;
        }
        return best == null ? null : best.place();
    }

    private static long precision(EventMention m) {
        return m.anchored() && m.span() != null ? m.span().days() : Long.MAX_VALUE;
    }

    void link(LinkRelation rel, Story other, String evidence) {
        links.putIfAbsent(rel + " " + other.id, new EventLink(rel, other.id, evidence));
    }

    /** Participants, places and dates in words, for link evidence. */
    String describe() {
        EventMention best = mostPrecise();
        String date = best.anchored() ? best.event().date() : "undated";
        String place = place();
        return status.word() + " " + date + (place == null ? "" : " in " + place) + " (" + best.context().id() + ": \""
                + abbreviate(best.mention().sentence()) + "\")";
    }

    EventMention mostPrecise() {
        EventMention best = mentions.get(0);
        for (EventMention m : mentions) if (precision(m) < precision(best)) best = m;
        return best;
    }

    StoryEvent toStoryEvent() {
        EventMention best = mostPrecise();
        Event b = best.event();
        EventMention richest = mentions.get(0);
        for (EventMention m : mentions) {
            if (m.event().actors().size() + m.event().recipients().size()
                    > richest.event().actors().size() + richest.event().recipients().size()) richest = m;
        }
        Event r = richest.event();
        String topic = null, mode = null, outcome = null;
        double confidence = 0;
        for (EventMention m : mentions) {
            if (topic == null) topic = m.event().topic();
            if (mode == null) mode = m.event().mode();
            if (outcome == null) outcome = m.event().outcome();
            confidence = Math.max(confidence, m.event().confidence());
        }
        String date = best.anchored() ? b.date() : first().event().date();
        DateModifier dateMod = best.anchored() ? b.dateMod() : first().event().dateMod();
        if (datedByPlan != null) {
            date = datedByPlan.event().date();
            dateMod = datedByPlan.event().dateMod();
        }
        // span, trigger and sentence stay those of the first report, its status too unless a trip begun; the rest is refined from the others
        Event merged = first().event().toBuilder().id(id).status(recordedStatus()).type(r.type()).mode(mode).cameo(r.cameo())
                .actors(r.actors()).recipients(r.recipients()).date(date).dateMod(dateMod).place(place()).topic(topic)
                .confidence(confidence).outcome(outcome).build();
        List<Mention> ms = new ArrayList<>(mentions.stream().map(EventMention::mention).toList());
        steps.forEach(m -> ms.add(m.mention()));
        return new StoryEvent(id, merged, ms, List.copyOf(links.values()), first().context().thread());
    }

    /**
     * The status the record gives the story: its first report's, unless the merger read that report in another class
     * than the events stage coded it. "Left here today to pay a visit to Velmar" is coded planned, the visit lying
     * ahead of the departure, but the trip has begun ({@link Departures}) and the story is of a visit that took place:
     * recorded as planned, the arrival and stay it gathers would read as a plan, and the link from an earlier
     * announcement ("will soon visit Velmar") as a plan realized by a plan.
     */
    EventStatus recordedStatus() {
        EventStatus coded = first().event().status();
        return status == StatusClass.OCCURRED && StatusClass.of(coded) != StatusClass.OCCURRED ? EventStatus.OCCURRED : coded;
    }

    static String abbreviate(String s) {
        if (s == null) return "";
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }

    static String normalPlace(String p) {
        return p == null ? "" : p.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").strip();
    }

    /** Two places agree when one is unknown, or one names the other ("Washington", "Washington D.C."). */
    static boolean placesAgree(String a, String b) {
        String x = normalPlace(a), y = normalPlace(b);
        return x.isEmpty() || y.isEmpty() || x.equals(y) || x.startsWith(y + " ") || y.startsWith(x + " ");
    }
}
