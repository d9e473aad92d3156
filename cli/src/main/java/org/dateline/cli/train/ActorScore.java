package org.dateline.cli.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Participant;

/**
 * The main actor of a found event against the judges' {@code actor} column ({@code COUNTRY SECTOR}): whether its
 * country, its sector and both are right. The precision and recall of {@link JudgedScore} count an event right by its
 * type and span alone, so an actor fixed or broken moves neither: this score is what shows it.
 *
 * <p>Judges call an event's actor right when the true main actor is among its actors (for a meeting, CONSULT, among its
 * actors or recipients, where every participant is an actor: CODING.md section 3). The score follows them: of those
 * participants it takes the one that agrees best with the gold actor (country and sector, else country, else sector,
 * else the first), and scores that one. A gold actor {@code "-"} (a passive with no agent) or country {@code "-"} (a
 * body of no known state) wants no country, which an event with no actor meets. A coded sector may join several
 * groups of three letters ({@code "GOVMIL"}); it is right when one of them is the gold sector.
 */
final class ActorScore {
    /** How a found event's main actor agrees with the gold one. */
    record Verdict(boolean country, boolean sector, Participant main) {
        boolean both() { return country && sector; }
    }

    private static final String NONE = "-";
    private static final Participant NOBODY = new Participant(null, null, null);

    private ActorScore() {}

    /** Scores one found event against the gold actor ({@code "PRK GOV"}, {@code "- REB"}, {@code "-"}). */
    static Verdict judge(Event e, String goldActor) {
        String[] gold = goldActor.strip().split("\\s+");
        String country = gold[0], sector = gold.length > 1 ? gold[1] : NONE;
        List<Participant> side = new ArrayList<>(e.actors());
        if (e.type() == EventType.CONSULT) side.addAll(e.recipients());
        if (side.isEmpty()) side.add(NOBODY);
        Participant best = side.stream()
                .max(Comparator.comparingInt(p -> 2 * bit(countryOf(p).equals(country)) + bit(hasSector(p, sector))))
                .orElse(NOBODY);
        return new Verdict(countryOf(best).equals(country), hasSector(best, sector), best);
    }

    /** Adds one found event's verdict to the tally, and a line when country or sector is wrong. */
    static void count(String doc, Event e, JudgedRow gold, JudgedScore.Tally tally, List<JudgedScore.Line> lines) {
        Verdict v = judge(e, gold.goldActor());
        tally.add(JudgedScore.Count.ACTOR_SCORED);
        if (v.country()) tally.add(JudgedScore.Count.ACTOR_COUNTRY_RIGHT);
        if (v.sector()) tally.add(JudgedScore.Count.ACTOR_SECTOR_RIGHT);
        if (v.both()) {
            tally.add(JudgedScore.Count.ACTOR_RIGHT);
            return;
        }
        lines.add(new JudgedScore.Line(JudgedScore.Count.ACTOR_WRONG, doc, e.start(), e.end(), e.type() + " '" + e.trigger()
                + "' gold " + gold.goldActor() + ", coded " + describe(v.main()) + (v.country() ? " (sector)" : v.sector() ? " (country)" : " (both)")
                + " of " + e.actors().stream().map(ActorScore::describe).collect(Collectors.joining("; ", "[", "]"))));
    }

    private static String describe(Participant p) {
        return (p.name() == null ? "" : p.name()) + "/" + countryOf(p) + " " + (p.sector() == null || p.sector().isBlank() ? NONE : p.sector());
    }

    private static String countryOf(Participant p) {
        return p.country() == null || p.country().isBlank() ? NONE : p.country();
    }

    private static boolean hasSector(Participant p, String sector) {
        String s = p.sector() == null || p.sector().isBlank() ? NONE : p.sector();
        if (s.equals(sector)) return true;
        return s.length() > 3 && s.length() % 3 == 0 && Arrays.asList(s.split("(?<=\\G...)")).contains(sector);
    }

    private static int bit(boolean b) { return b ? 1 : 0; }
}
