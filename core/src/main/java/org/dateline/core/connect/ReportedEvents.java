package org.dateline.core.connect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.dateline.model.Annotated;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.Participant;

/**
 * What an article reports, reduced to signatures that two reports of one real event share: who (the set of
 * participants, at least two, one of them a named person) and which day. Two articles reporting Park and Whitfield
 * meeting on 2024-03-08, one as a plan and one as done, one coded as talks and one as an agreement, are telling one
 * story; that is stronger evidence than sharing names, which many unrelated stories do.
 *
 * <p>Deliberately strict so that it cannot chain stories together: only day-precise dates (a month or a week is
 * shared by too much), and never states or offices alone ("the United States and North Korea in March" is the
 * background of a hundred stories). The event type and status are left out on purpose: the events stage may code the
 * same meeting as CONSULT in one article and AGREE in the next, or as planned before and occurred after.
 */
final class ReportedEvents {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private ReportedEvents() {}

    /** The signatures of an article's events: "participant keys sorted|yyyy-mm-dd". */
    static Set<String> signatures(Annotated a) {
        Set<String> people = new HashSet<>();
        for (Entity e : a.entities()) {
            String name = e.canonical() != null ? e.canonical() : e.text();
            if (e.type() == EntityType.PERSON && name != null && name.contains(" ")) people.add(NameKeys.key(name));
        }
        Set<String> out = new LinkedHashSet<>();
        for (Event ev : a.events()) {
            if (ev.date() == null || !DAY.matcher(ev.date()).matches()) continue;
            Set<String> who = new TreeSet<>();
            List<Participant> all = new ArrayList<>(ev.actors());
            all.addAll(ev.recipients());
            for (Participant p : all) {
                if (p != null && p.name() != null && !p.name().isBlank()) who.add(NameKeys.key(p.name()));
            }
            who.remove("");
            if (who.size() < 2 || Collections.disjoint(who, people)) continue;
            out.add(String.join(";", who) + "|" + ev.date());
        }
        return out;
    }
}
