package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dateline.core.language.Token;
import org.dateline.model.EntityType;
import org.dateline.model.EventType;
import org.dateline.model.Participant;

/**
 * A visit named in passing, as the circumstance of someone's act: "X, on a visit to Ghana, laid a wreath", "a gift
 * from X on a visit to Ghana", "Y, who is leading the delegation on a visit to Malaysia, conveyed ...", "the visiting
 * delegation of the Chinese army toured ...". The act told is something else (a wreath, a gift, a remark); the visit is
 * only presupposed, and CODING.md codes it all the same (section 2: "a visit only presupposed, a delegation named in
 * passing as visiting, is 042 with no date"): one CONSULT 042 by the visitor to the host, with no date of its own
 * (section 5). The visitor is whom the phrase describes: the noun it modifies, else the subject of the verb it hangs
 * on, else (that subject being of the host's own state, who visits no one at home) whom the verb's "from" phrase names
 * ("received a gift from X on a visit to Ghana") or the party it leads ("who is leading the Nigerian delegation on a
 * visit"); a visit with its owner named is the owner's ("reports on Mr. Blair's visit to Washington": Blair, not the
 * reporter). The host is what "to" names; for "the visiting delegation", with no "to", the state of a place the clause
 * names "in" ("met the visiting prime minister in Washington"), else the state the story is filed in. No visit is coded when the visitor or the host is unknown, when the visitor is
 * of the host's state, or when the story has coded a visit of that visitor to that host already (a visit told in the lead
 * and named again in passing is one visit). A part of {@link EventCoder}, read after the clause coder.
 */
final class PresupposedVisits {
    private static final Set<String> VISITORS = EventWords.get("visitor-nouns");
    private static final Set<String> PERSON_ROLES = EventWords.get("person-role-nouns");

    private PresupposedVisits() {}

    /** Whether a sentence may name a visit in passing: it holds "visit" or "visiting". */
    static boolean mayHold(List<Token> tokens) {
        for (Token t : tokens) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (w.equals("visit") || w.equals("visiting")) return true;
        }
        return false;
    }

    /**
     * The visits the clause names in passing.
     *
     * @param told  the events coded from this clause already
     * @param story every event of the story coded before this clause
     */
    static List<Draft> of(Clause c, ArticleContext ctx, List<Draft> told, List<Draft> story) {
        List<Draft> out = new ArrayList<>();
        ParticipantFinder finder = new ParticipantFinder(c, ctx);
        for (int i = 0; i < c.size(); i++) {
            int from;
            int to;
            List<Participant> visitors;
            Participant host;
            if (onVisit(c, i)) {
                host = host(c, ctx, i);
                // "reports on Mr. Blair's visit to X": Blair's ("on his visit" keeps the one the phrase describes)
                List<Integer> owners = c.childrenExact(i, "nmod:poss").stream().filter(o -> !c.pos(o).startsWith("PRP")).toList();
                visitors = host == null ? List.of() : owners.isEmpty() ? visitorsOn(c, finder, c.head(i), host) : finder.of(owners.get(0));
                from = firstOf(c, i);
                to = c.subtree(i).get(c.subtree(i).size() - 1);
            } else if (visitingParty(c, i)) {
                int party = c.head(i);
                host = placeOf(c, ctx);
                visitors = finder.of(party);
                from = Math.min(i, firstOf(c, party));
                to = party;
            } else {
                continue;
            }
            if (host == null || host.country() == null || visitors.isEmpty()) continue;
            if (visitors.stream().anyMatch(p -> host.country().equals(p.country()))) continue;
            if (visited(told, visitors, host) || visited(story, visitors, host) || visited(out, visitors, host)) continue;
            Draft d = Draft.at(c, i, EventType.CONSULT, CameoCodes.MAKE_VISIT);
            d.mode = CameoTable.standard().modeOf(CameoCodes.MAKE_VISIT);
            d.start = c.tokens.get(from).start();
            d.end = c.tokens.get(to).end();
            d.actors.addAll(visitors);
            d.recipients.add(host);
            d.undatedPast = true; // no time of its own: no date (CODING.md section 5)
            d.confidence = 0.5;
            out.add(d);
        }
        return out;
    }

    /** "on a visit to X": the noun "visit" in an "on" phrase with a "to" phrase of its own. */
    private static boolean onVisit(Clause c, int i) {
        return c.lemma(i).equals("visit") && c.pos(i).startsWith("NN") && c.caseOf(i).equals("on") && c.head(i) >= 0;
    }

    /** "the visiting delegation", "the visiting chairman": "visiting" modifying a party of travellers or a person's role. */
    private static boolean visitingParty(Clause c, int i) {
        if (!c.lower(i).equals("visiting") || !c.relIs(i, "amod")) return false;
        int h = c.head(i);
        return h >= 0 && c.pos(h).startsWith("NN") && (VISITORS.contains(c.lemma(h)) || PERSON_ROLES.contains(c.lemma(h))
                || c.lemma(h).equals("group"));
    }

    /**
     * Where a "visiting" party is: the state of the first place of another state than the story's own that the clause
     * names ("met the visiting prime minister in Washington"), else the state the story is filed in.
     */
    private static Participant placeOf(Clause c, ArticleContext ctx) {
        Participant here = ctx.here();
        for (int w = 0; w < c.size(); w++) {
            if (!c.caseOf(w).equals("in")) continue;
            for (var en : c.entitiesAt(w)) {
                if (en.type() != EntityType.LOCATION && en.type() != EntityType.COUNTRY) continue;
                Participant p = en.type() == EntityType.COUNTRY || ctx.isCountryName(en) ? ctx.participant(en) : ctx.countryOf(en);
                if (p != null && p.country() != null && (here == null || !p.country().equals(here.country()))) return p;
            }
        }
        return here;
    }

    /** The state the "to" phrase of visit i names (a country, or the country of a place), else null. */
    private static Participant host(Clause c, ArticleContext ctx, int i) {
        for (int k : c.children(i, "nmod")) {
            if (!c.caseOf(k).equals("to")) continue;
            for (int w : c.subtree(k)) {
                for (var en : c.entitiesAt(w)) {
                    Participant p = null;
                    if (en.type() == EntityType.COUNTRY || ctx.isCountryName(en)) p = ctx.participant(en);
                    else if (en.type() == EntityType.LOCATION) p = ctx.countryOf(en);
                    if (p != null && p.country() != null) return p;
                }
            }
        }
        return null;
    }

    /**
     * Who is on the visit the phrase hung on word h tells: the participants of the noun at the top of its chain of
     * "of" phrases and appositions ("X, coordinator of Y, on a visit to Z": X), or the verb's subjects, or, those
     * being of the host's own state, whom the verb's "from" phrase names and the party it leads.
     */
    private static List<Participant> visitorsOn(Clause c, ParticipantFinder finder, int h, Participant host) {
        if (!c.pos(h).startsWith("VB")) {
            // "X, coordinator of the committee of the party of Mexico on a visit to Y": the phrase hangs on the last
            // noun of the title chain, and describes the person the chain names
            int top = h;
            while (c.relIs(top, "nmod", "appos") && c.head(top) >= 0 && c.pos(c.head(top)).startsWith("NN")) top = c.head(top);
            List<Participant> out = finder.of(top);
            return out.isEmpty() ? finder.of(h) : out;
        }
        List<Participant> out = new ArrayList<>();
        for (int s : c.subjects(h)) Participants.addAll(out, finder.of(s));
        if (!out.isEmpty() && out.stream().noneMatch(p -> host.country().equals(p.country()))) return out;
        List<Participant> others = new ArrayList<>();
        for (int k : c.children(h, "obl")) if (c.caseOf(k).equals("from")) Participants.addAll(others, finder.of(k));
        // "who is leading the Nigerian delegation on a visit to Y": the party led, when its leader is placed at home
        for (int k : c.children(h, "obj")) if (VISITORS.contains(c.lemma(k))) Participants.addAll(others, finder.of(k));
        return others;
    }

    private static int firstOf(Clause c, int i) {
        return c.subtree(i).get(0);
    }

    /** Whether a visit of one of these visitors to this host is coded among the drafts. */
    private static boolean visited(List<Draft> drafts, List<Participant> visitors, Participant host) {
        return drafts.stream().anyMatch(d -> d.type == EventType.CONSULT && d.recipients.stream().anyMatch(
                r -> host.country().equals(r.country())) && (Participants.overlap(d.actors, visitors)
                || d.actors.stream().anyMatch(a -> a.country() != null && visitors.stream().anyMatch(v -> a.country().equals(v.country())))));
    }
}
