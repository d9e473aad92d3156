package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dateline.model.CountryCodes;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.Sector;

/**
 * Who did an act the text tells without naming its doer, and when nobody did. News often leaves the agent out: "was
 * killed in a car bomb explosion" is still an attack (by someone unidentified), "the editor was arrested" is still
 * the authorities' act, while "the quake killed 134 people" is nobody's attack and no attacker may be made up. Kept
 * apart from {@link ClauseParties}, which reads the parties the sentence names, because these are the parties it
 * supplies when the sentence names none, each with its own reason.
 */
final class UnnamedAgents {
    private static final Set<String> AUTHORITY_SECTORS = EventWords.get("reporting-authority-sectors");
    private static final Set<String> DISASTERS = EventWords.get("disaster-nouns");
    private static final Set<String> CAUSE_CASES = EventWords.get("cause-cases");
    private static final Set<String> STATE_CHARGES = EventWords.get("state-charge-codes");
    /** Words of an attack, its weapons and its fighters: a clause naming one tells of an attack by someone. */
    private static final Set<String> ATTACK_WORDS = EventWords.union("story-attack-nouns", "armed-agents", "clause-attack-words");
    /** Causes that harm only as a cost or a trend does ("inflation is hurting X", "the policies devastated Y"). */
    private static final Set<String> IMPERSONAL_CAUSES = EventWords.get("impersonal-harm-nouns");
    /** The reflexive pronouns of harm done to oneself ("the gunman killed himself"). */
    private static final Set<String> REFLEXIVES = EventWords.get("reflexive-pronouns");
    /** CAMEO codes of acts that are force by themselves (an abduction, a bombing, an assassination): someone did them. */
    private static final Set<String> FORCE_CODES = EventWords.get("acts-of-force-codes");

    private final Clause c;
    private final ArticleContext ctx;
    private final ParticipantFinder parts;
    private final Recipients recipients;
    private final Subjects who;
    private final TriggerGrammar grammar;

    UnnamedAgents(Clause c, ArticleContext ctx, ParticipantFinder parts, Recipients recipients, Subjects who,
                  TriggerGrammar grammar) {
        this.c = c;
        this.ctx = ctx;
        this.parts = parts;
        this.recipients = recipients;
        this.who = who;
        this.grammar = grammar;
    }

    /**
     * The doer of an event that names no actor, or null. An attack with a victim, told in the passive, or done by a
     * weapon that went off ("a car bomb exploded near the market") is an unidentified attacker's; a coercive act in
     * the passive is the authorities', and so is a criminal charge ({@code state-charge-codes}: "was charged with
     * fraud"). Not in a story about a disaster that names no attack ("Floods hit the north. ... 529 persons were
     * killed": the flood's toll, see {@link StoryCauses}). Not in a relative clause, which gives background about
     * something else ("the province where 28 people have been killed").
     */
    Participant doer(Coding e, boolean passive) {
        Cand k = e.k;
        if (Coordination.inRelativeClause(c, k.i())) return null;
        if (e.type == EventType.ASSAULT && ctx.causes.disasterOnly()) return null; // the story's disaster did it
        if (e.type == EventType.ASSAULT && (!e.others.isEmpty() || passive || !k.t().noun() && grammar.armedSubject(k.i()))) {
            if (impersonalCause(k)) return null;
            Participant attackers = recipients.unidentified(e.others, e.places);
            boolean someoneAttacked = attackers.country() != null || ctx.causes.attackNamed() || actOfForce(e.code)
                    || namedDoer(k) || namesAnAttack();
            return someoneAttacked ? attackers : null;
        }
        // "a protest was staged in Peshawar", "demonstrations took place in Baghdad": the people of the place protest
        if (e.type == EventType.PROTEST && grammar.toldAsHappening(k)) return peopleOfPlace(e);
        // "was charged with fraud", "was indicted on Tuesday": only a state brings criminal charges
        boolean charged = e.type == EventType.ACCUSE && STATE_CHARGES.contains(e.code);
        if ((e.type == EventType.COERCE || charged) && passive) {
            Participant state = authorities(e);
            return state != null ? state : reportingAuthority(k);
        }
        return null;
    }

    /**
     * "The editor was arrested in Nairobi", "the two were sentenced to five years": a coercive act told in the passive
     * without its agent is the authorities' of where it happened, else of the one it was done to (arrests, trials
     * and expulsions are a state's acts); null when the clause places it nowhere.
     */
    private Participant authorities(Coding e) {
        Participant at = recipients.where(e.places, List.of());
        String country = at != null ? at.country() : null;
        for (Participant p : e.others) if (country == null && CountryCodes.isState(p.country())) country = p.country();
        if (!CountryCodes.isState(country)) return null;
        return new Participant(ctx.gazetteer.countryName(country), country, Sector.GOV.code());
    }

    /**
     * "Inflation is hurting the president", "the new rules have devastated small firms": the subject that did the
     * harm is a cost, a rule or a trend ({@code impersonal-harm-nouns}), which hurts as a cause does, not as an
     * attacker; no attacker is to be made up beside it.
     */
    private boolean impersonalCause(Cand k) {
        int s = k.t().noun() ? -1 : who.subjectOf(k.i());
        return s >= 0 && !c.pos(s).startsWith("PRP") && IMPERSONAL_CAUSES.contains(c.lemma(s));
    }

    /**
     * Whether the clause names an attack, a weapon or armed men ("hurt in the blast", "a gunman", "shelling"). An
     * attacker is made up for harm the text places in no state only then, or when the story has named one before
     * ({@link StoryCauses#attackNamed}): harm told of people placed nowhere, with no
     * attack named ("all four occupants were killed", "they were abused as children", "watched him devastate Diana"),
     * is an accident, a crime or a story among private people, where no state or armed body acts (section 7 of the
     * conventions: crimes and accidents as such are no events).
     */
    private boolean namesAnAttack() {
        for (int i = 0; i < c.size(); i++) if (ATTACK_WORDS.contains(c.lemma(i)) || ATTACK_WORDS.contains(c.lower(i))) return true;
        return false;
    }

    /**
     * "Foreigners were abducted", "a market was bombed": an abduction, a bombing or an assassination
     * ({@code acts-of-force-codes}) is an attack by someone in itself, unlike a killing or a beating, which may be
     * an accident's or a private crime's.
     */
    private static boolean actOfForce(String code) {
        return code != null && FORCE_CODES.stream().anyMatch(code::startsWith);
    }

    /**
     * "The guards abused the prisoners", "the army shelled the town": a doer the clause names by a noun, as subject or
     * 'by' agent, is no attacker made up, even when the coder knows no country for it; a pronoun ("he beat her") or a
     * disaster ("the crash killed five") is not one.
     */
    private boolean namedDoer(Cand k) {
        if (k.t().noun()) return false;
        List<Integer> agents = new ArrayList<>(c.childrenExact(k.i(), "nsubj"));
        for (int o : c.children(k.i(), "obl")) if (c.caseOf(o).equals("by")) agents.add(o);
        return agents.stream().anyMatch(a -> c.pos(a).startsWith("NN") && !IMPERSONAL_CAUSES.contains(c.lemma(a))
                && !DISASTERS.contains(c.lemma(a)));
    }

    /**
     * "The gunman killed himself": harm done to oneself attacks no one. But a bombing done by blowing oneself up
     * ("a suicide bomber blew himself up at a mosque") is a suicide attack on those around ({@code acts-of-force-codes}).
     */
    boolean selfInflicted(Coding e) {
        if (actOfForce(e.code)) return false;
        int v = e.k.light() >= 0 ? e.k.light() : e.k.i();
        return c.children(v, "obj").stream().anyMatch(o -> REFLEXIVES.contains(c.lower(o)));
    }


    /**
     * A protest told as held or taking place somewhere, by no one named: the people of the country where it happened
     * (civilians, the sector the judges give a crowd); told nowhere, the people of the country of the story's latest
     * protest, as a rally "held again" is (not its doers: a misread earlier protest may have been the police's);
     * null when there is neither.
     */
    private Participant peopleOfPlace(Coding e) {
        Participant at = recipients.where(e.places, List.of());
        // "A candlelight rally was held on June 5, too": placed nowhere, it is the story's protesters' again
        String country = at != null ? at.country() : null;
        for (Participant p : at == null ? ctx.lastProtesters() : List.<Participant>of()) if (country == null) country = p.country();
        if (!CountryCodes.isState(country)) return null;
        String name = ctx.gazetteer.countryName(country);
        return new Participant("people of " + (name == null ? country : name), country, Sector.CVL.code());
    }

    /**
     * "A man was arrested on Saturday, Berlin police said", "... according to prosecutors": the authority that tells of
     * a coercive act told in the passive without its agent (police, a government, a court: reporting-authority-sectors)
     * is the one that did it, where the clause places the act nowhere.
     */
    private Participant reportingAuthority(Cand k) {
        int s = who.speakerOf(k.light() >= 0 ? k.light() : k.i());
        for (Participant p : s >= 0 ? parts.of(s) : List.<Participant>of()) {
            if (p.sector() != null && AUTHORITY_SECTORS.contains(p.sector())) return p;
        }
        return null;
    }


    /**
     * "The quake killed 134 people", "an earthquake that killed", "were injured in the floods", "destroyed by fire":
     * harm a natural force or an accident does is nobody's attack, and nobody is to be made up as its author
     * (disaster-nouns: the subject, or a cause-cases "by" / "in" / "from" phrase).
     */
    boolean naturalCause(Cand k) {
        int v = k.light() >= 0 ? k.light() : k.i();
        int s = who.subjectOf(v);
        if (s >= 0 && DISASTERS.contains(c.lemma(s))) return true;
        for (int p : c.children(v, "obl")) if (CAUSE_CASES.contains(c.caseOf(p)) && DISASTERS.contains(c.lemma(p))) return true;
        return false;
    }

}
