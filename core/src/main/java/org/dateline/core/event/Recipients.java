package org.dateline.core.event;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dateline.model.CountryCodes;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.Sector;

/**
 * The other side of an event beyond its object, and the fallbacks CAMEO-style coders use when the text leaves a
 * side implicit: the country where a one-sided act was done is the one it was done to ("lifted a state of emergency
 * in Sudan"), and an attack whose author is not named ("a roadside bomb killed two soldiers") is coded as done by
 * unidentified attackers of the country where it happened, as ICEWS does.
 */
final class Recipients {
    private static final Set<String> VISITOR_NOUNS = EventWords.get("visitor-nouns");
    private static final Set<String> CASES = EventWords.get("recipient-cases");
    private static final Set<String> PLACE_CASES = EventWords.get("recipient-place-cases");
    private static final Set<String> PARTICLE_TARGET_CASES = EventWords.get("particle-target-cases");
    private static final Set<String> TARGET_ADVERBS = EventWords.get("target-particle-adverbs");
    private static final Set<String> AT_TARGET_VERBS = EventWords.get("at-target-verbs");
    private static final Set<String> AIMED_IDIOMS = EventWords.get("aimed-idiom-nouns");
    private static final Set<String> ESTEEM_ADVERBS = EventWords.get("esteem-adverbs");
    private static final Set<String> ESTEEM_CASES = EventWords.get("esteem-cases");
    private static final Set<EntityType> COUNTRY_NAMING = EnumSet.of(EntityType.COUNTRY, EntityType.NATIONALITY,
            EntityType.LOCATION);
    private static final Set<EventType> DOMESTIC = EnumSet.of(EventType.PROTEST, EventType.COERCE, EventType.ASSAULT,
            EventType.CONCEDE, EventType.RETREAT);
    /** The entities a request or demand in a complement may be addressed to. */
    private static final Set<EntityType> ADDRESSEES = EnumSet.of(EntityType.COUNTRY, EntityType.ORGANIZATION,
            EntityType.PERSON, EntityType.NATIONALITY, EntityType.LOCATION);
    private static final Set<String> OBJECT_CASES = EventWords.get("object-cases");
    private static final Set<String> REMOVALS = EventWords.get("removal-verbs");
    private static final Set<String> DESTINATION_CASES = EventWords.get("destination-cases");
    private static final Set<String> REMOVAL_NOUNS = EventWords.get("removal-nouns");
    private static final Set<String> SETTLEMENT_NOUNS = EventWords.get("settlement-nouns");
    private static final Set<String> MEMORIAL_NOUNS = EventWords.get("memorial-nouns");
    private static final Set<String> MEMORIAL_CASES = EventWords.get("memorial-cases");
    private static final Set<String> REFLEXIVES = EventWords.get("reflexive-pronouns");
    private static final Set<String> STAND_INS = EventWords.get("stand-in-nouns");
    private static final Set<String> OBJECT_PERSONAL = EventWords.get("object-personal-pronouns");
    private static final Set<EntityType> MODIFIER_STATES = EnumSet.of(EntityType.COUNTRY, EntityType.NATIONALITY);
    private static final Set<String> BACKING = EventWords.get("backing-participles");

    private final Clause c;
    private final ArticleContext ctx;
    private final ParticipantFinder parts;

    Recipients(Clause c, ArticleContext ctx, ParticipantFinder parts) {
        this.c = c;
        this.ctx = ctx;
        this.parts = parts;
    }

    /**
     * Adds the participants of the trigger's "with/to/against/on ..." phrases to {@code others} (the light verb's
     * too: "imposed sanctions on X" is often parsed with the phrase on the verb) and returns its "in ..." phrases.
     */
    List<Integer> obliques(int trigger, int light, List<Participant> others) {
        List<Integer> heads = new ArrayList<>(light >= 0 ? List.of(trigger, light) : List.of(trigger));
        // "a message of greeting to X": the addressee hung under the noun's "of" modifier
        if (c.pos(trigger).startsWith("NN")) {
            // (or under "greeting" parsed as an "of" participle clause)
            for (int m : c.children(trigger, "nmod", "acl")) if (c.caseOf(m).equals("of") && !c.pos(m).startsWith("NNP")) heads.add(m);
        }
        List<Integer> places = new ArrayList<>();
        for (int head : heads) {
            for (int p : c.children(head, "obl", "nmod")) {
                if (c.relIs(p, "nmod:poss") || c.relIs(p, "obl:tmod")) continue;
                String cs = c.caseOf(p);
                if (MEMORIAL_CASES.contains(cs) && MEMORIAL_NOUNS.contains(c.lemma(p))) Participants.addAll(others, commemorated(p));
                if (destination(head, cs)) continue; // "deported the journalists to Australia": where they went
                // "protested against the court's ruling", "condolences on the death of X": a phrase whose noun names
                // no party stands for whom its possessor or "of" phrase names, as an object does
                // "on behalf of X", "on the part of X" name the actor's side (stand-in-nouns)
                boolean aimed = CASES.contains(cs) || particleTarget(head, cs) || idiomTarget(trigger, cs) || esteemed(head, cs);
                if (aimed && STAND_INS.contains(c.lemma(p))) continue;
                if (aimed) Participants.addAll(others, ofObject(p));
                else if (PLACE_CASES.contains(cs)) places.add(p);
            }
        }
        return places;
    }

    /**
     * "deported the journalists to Australia", "extradited the suspect to Spain": the "to" phrase of a verb that sends
     * people away is where they are sent, not the side the act is done to (the people sent are its object).
     */
    private boolean destination(int head, String cs) {
        return DESTINATION_CASES.contains(cs) && c.pos(head).startsWith("VB") && REMOVALS.contains(c.lemma(head));
    }

    /**
     * "expelled the diplomat", "the expulsion of the journalist": an act that sends people away (removal-verbs,
     * removal-nouns). The people sent away are not of the state that sends them (see {@link #domestic}).
     */
    boolean removal(int trigger) {
        if (trigger < 0) return false;
        String lemma = c.lemma(trigger);
        return c.pos(trigger).startsWith("VB") ? REMOVALS.contains(lemma) : REMOVAL_NOUNS.contains(lemma);
    }

    /**
     * "hit out at X", "lashed out at X", "fired back at X": a verb with a particle aims its "at" phrase at someone, where
     * "at" alone is a place ("met at the White House"). The parser may take the particle for an adverb ("hit back at
     * X": {@code target-particle-adverbs}); a verb of scorn aims it without one ("slashed at X", "sneered at X":
     * {@code at-target-verbs}).
     */
    private boolean particleTarget(int head, String cs) {
        return PARTICLE_TARGET_CASES.contains(cs) && c.pos(head).startsWith("VB") && (!c.children(head, "compound:prt").isEmpty()
                || AT_TARGET_VERBS.contains(c.lemma(head))
                || c.children(head, "advmod").stream().anyMatch(k -> TARGET_ADVERBS.contains(c.lower(k))));
    }

    /**
     * "spoke highly of the President", "thinks highly of his feats": an adverb of esteem on a verb makes its "of" phrase
     * the one esteemed, where "spoke of the need" names a topic, not a party.
     */
    private boolean esteemed(int head, String cs) {
        return ESTEEM_CASES.contains(cs) && c.pos(head).startsWith("VB")
                && c.children(head, "advmod").stream().anyMatch(k -> ESTEEM_ADVERBS.contains(c.lower(k)));
    }

    /**
     * "took aim at the governor", "took a swipe at X": the "at" phrase of an idiom of criticism, on the noun
     * or on its light verb, is its target, as a particle's is.
     */
    private boolean idiomTarget(int trigger, String cs) {
        return PARTICLE_TARGET_CASES.contains(cs) && c.pos(trigger).startsWith("NN") && AIMED_IDIOMS.contains(c.lemma(trigger));
    }

    /**
     * "laid a wreath before the statue of X", "before X's portrait": the one a statue, portrait or grave stands for
     * is the one honoured.
     */
    private List<Participant> commemorated(int memorial) {
        List<Participant> out = new ArrayList<>();
        for (int p : c.childrenExact(memorial, "nmod:poss")) if (!c.pos(p).equals("PRP$")) Participants.addAll(out, parts.of(p));
        for (int p : c.children(memorial, "nmod")) if (c.caseOf(p).equals("of")) Participants.addAll(out, parts.of(p));
        return out;
    }

    /**
     * Who an object stands for: its own participants, else its possessor ("praised Haiti's efforts"), else its
     * "by/from/of/to/with/against/on" phrases ("rejected calls by Belarus's rulers", "an offer from Kabul").
     */
    List<Participant> ofObject(int obj) {
        int earlier = Coordination.sharedObject(c, obj); // "arrested two men and charged them": the two men
        if (earlier >= 0) return ofObject(earlier);
        List<Participant> out = parts.of(obj);
        if (!out.isEmpty()) return out;
        // "strengthened its forces": a possessive pronoun is the actor's own, not a target
        for (int p : c.childrenExact(obj, "nmod:poss")) if (!c.pos(p).equals("PRP$")) Participants.addAll(out, parts.of(p));
        if (!out.isEmpty()) return out;
        for (int p : c.children(obj, "nmod")) {
            if (c.relIs(p, "nmod:poss") || !OBJECT_CASES.contains(c.caseOf(p))) continue;
            Participants.addAll(out, parts.of(p));
            if (!out.isEmpty()) break;
        }
        if (out.isEmpty()) Participants.addAll(out, ledBy(obj)); // "condemned the U.S.-led drills"
        if (out.isEmpty()) Participants.addAll(out, Grievances.at(c, parts, obj)); // "expressed anger at Chile"
        if (out.isEmpty()) Participants.addAll(out, absentPerson(obj));
        return out;
    }

    /**
     * "X arrived here. Kim praised him": an object "him" or "her" is never its own clause's subject (that would be
     * "himself"), so the language layer, which resolves only subjects' "he" and "she", leaves it; it stands for the
     * lone actor the story last told of, when that actor is near (see {@link ArticleContext#lastLoneActor}). The
     * actor of the clause itself is dropped later from the other side, which then stays empty; an actor that is no
     * person (an army, a body) is no "him".
     */
    private List<Participant> absentPerson(int obj) {
        if (!c.relIs(obj, "obj") && !c.relIs(obj, "iobj") || !OBJECT_PERSONAL.contains(c.lower(obj))) return List.of();
        // a person, not the army or body that acted last
        return ctx.lastLoneActor(c.sentence.index()).stream().filter(p -> ctx.isPerson(p.name())).toList();
    }

    /**
     * "denounced the U.S. blockade", "condemned the Israeli raid": an object noun
     * that names no party of its own is the act or thing of the state its country or nationality modifier names
     * (used for the doers of a blamed act, see {@link BlamedActs}). "the anti-U.S. struggle" is against it, not its own.
     */
    List<Participant> modifierState(int obj) {
        List<Participant> out = new ArrayList<>();
        for (int m : c.children(obj, "amod", "compound")) {
            if (c.lower(m).startsWith("anti") || c.children(m, "amod", "compound").stream().anyMatch(x -> c.lower(x).startsWith("anti"))) continue;
            for (Entity e : c.entitiesAt(m)) {
                if (!MODIFIER_STATES.contains(e.type()) || !CountryCodes.isState(e.country())) continue;
                Participant p = ctx.participant(e);
                if (p.country() != null) Participants.addAll(out, List.of(p));
            }
        }
        return out;
    }

    /**
     * "the U.S.-led drills", "the Japan-backed moves", "the exercises sponsored by Japan": a noun whose participle of
     * leading or backing ({@code backing-participles}) names a party, bare ("U.S.-led", which the parser hangs as the
     * participle's oblique) or with "by", is that party's act or thing: whoever blames the drills blames the one who
     * leads them. A participle of any other verb ("the Seoul-based group", "the U.S.-made rifles") names no doer.
     */
    List<Participant> ledBy(int noun) {
        List<Participant> out = new ArrayList<>();
        for (int m : c.children(noun, "amod", "acl")) {
            if (!c.pos(m).equals("VBN") || !BACKING.contains(c.lemma(m))) continue;
            for (int p : c.children(m, "obl", "nmod", "compound")) {
                String cs = c.caseOf(p);
                if (cs.isEmpty() || cs.equals("by")) Participants.addAll(out, parts.of(p));
            }
        }
        return out;
    }

    /** The "in ..." phrases of the trigger's objects ("suspended aid deliveries in Baghdad"). */
    List<Integer> objectPlaces(int trigger) {
        List<Integer> out = new ArrayList<>();
        for (int o : c.children(trigger, "obj")) {
            for (int p : c.children(o, "nmod")) if (PLACE_CASES.contains(c.caseOf(p))) out.add(p);
            // "destroyed Sinuiju", "seized the town of Kidal": a town struck or taken is where it happened, and its
            // country the side it happened to (a town is no actor, a capital is: see ParticipantFinder)
            if (isTown(o)) out.add(o);
            else if (SETTLEMENT_NOUNS.contains(c.lemma(o))) {
                for (int p : c.children(o, "nmod")) if (c.caseOf(p).equals("of") && isTown(p)) out.add(p);
            }
        }
        return out;
    }

    private boolean isTown(int i) {
        for (Entity e : c.entitiesAt(i)) if (e.type() == EntityType.LOCATION && !ctx.isCountryName(e)) return true;
        return false;
    }

    /**
     * The first party a wrapper's complement names that is not an actor ("threatened to break relations with
     * Russia", "refused to deploy peacekeepers in Iraq"), when nothing else gave the other side; null when none.
     */
    Participant inComplement(List<Integer> complements, List<Participant> actors) {
        Set<String> own = new HashSet<>();
        for (Participant a : actors) if (a.country() != null) own.add(a.country());
        for (int comp : complements) {
            for (int i : c.subtree(comp)) {
                if (underPossessor(i, comp)) continue; // "a halt to the allies' drills" is not addressed to them
                if (PassiveRelatives.within(c, i, comp)) continue; // "proposed an amendment vetoed by X": X acts
                for (Entity e : c.entitiesAt(i)) {
                    if (e.country() == null || own.contains(e.country())) continue;
                    if (!ADDRESSEES.contains(e.type())) continue;
                    Participant p = ctx.participant(e);
                    if (p.country() != null && !Participants.contains(actors, p)) return p;
                }
            }
        }
        return null;
    }

    /**
     * Below a possessor, or in an aside the parser hung on the complement ("..., as Washington and its allies
     * prepare"): not the one addressed.
     */
    private boolean underPossessor(int i, int root) {
        for (int n = i, guard = 0; n >= 0 && n != root && guard < 50; n = c.head(n), guard++) {
            if (c.relIs(n, "nmod:poss") || c.caseOf(n).equals("as")) return true;
        }
        return false;
    }

    /** The country of the first of the places that is not one of the actors, or null. */
    Participant where(List<Integer> places, List<Participant> actors) {
        for (int p : places) {
            for (Entity e : c.entitiesAt(p)) {
                Participant where = ctx.countryOf(e);
                if (where != null && !Participants.contains(actors, where)) return where;
            }
        }
        return null;
    }

    /**
     * Unidentified attackers, placed where the attack was: the trigger's "in ..." place, else the sentence's first
     * place, country or nationality (in that order of preference) that is not a victim's own ("killed one U.S.
     * soldier ... outside the Iraqi city of Basra" is Iraq), else in no country.
     */
    Participant unidentified(List<Participant> victims, List<Integer> places) {
        Set<String> victimCountries = new HashSet<>();
        for (Participant v : victims) if (v.country() != null) victimCountries.add(v.country());
        Participant at = where(places, victims);
        String country = at != null && !victimCountries.contains(at.country()) ? at.country() : null;
        for (EntityType type : List.of(EntityType.LOCATION, EntityType.COUNTRY, EntityType.NATIONALITY)) {
            for (int i = 0; i < c.size() && country == null; i++) {
                for (Entity e : c.entitiesAt(i)) {
                    if (type != e.type() || !CountryCodes.isState(e.country())) continue;
                    if (!victimCountries.contains(e.country())) {
                        country = e.country();
                        break;
                    }
                }
            }
        }
        // else the victims' own country: an attack of unknown authorship is taken as domestic
        for (Participant v : victims) if (country == null && CountryCodes.isState(v.country())) country = v.country();
        return new Participant("unidentified attackers", country, null);
    }

    /**
     * Protest, repression, violence and concessions are domestic unless the text says otherwise: the other side
     * the text leaves without a country ("Karen guerrillas", "the opposition newspaper") or leaves out ("students
     * staged demonstrations") is of the country where it happened, else of the actor's own country; and so is an actor
     * the text leaves without a country.
     */
    void domestic(EventType type, int trigger, List<Participant> actors, List<Participant> others, List<Integer> places) {
        if (!DOMESTIC.contains(type)) return;
        String country = null;
        for (int p : places) {
            for (Entity e : c.entitiesAt(p)) {
                Participant where = ctx.countryOf(e);
                if (where != null && country == null) country = where.country();
            }
        }
        boolean placed = country != null;
        for (Participant a : actors) if (country == null && CountryCodes.isState(a.country())) country = a.country();
        if (country == null) country = onlyCountry();
        if (country == null) return;
        // so is the actor the text leaves without one ("farmers marched through Paris": French farmers)
        for (int i = 0; i < actors.size(); i++) {
            Participant a = actors.get(i);
            if (a.country() == null) actors.set(i, new Participant(a.name(), country, a.sector()));
        }
        if (others.isEmpty()) {
            // "the forces were bombarding", "killed himself": nothing named it was done to, and no place to stand
            // for it; the actor's own people would be made up
            if (!placed && type != EventType.PROTEST && !actedOnSomething(trigger)) return;
            String name = ctx.gazetteer.countryName(country);
            if (name == null) name = country;
            // named apart from the state itself, which may be the actor: a protest is aimed at the government,
            // the rest falls on the people
            others.add(type == EventType.PROTEST ? new Participant("government of " + name, country, Sector.GOV.code())
                    : new Participant("people of " + name, country, Sector.CVL.code()));
            return;
        }
        if (removal(trigger)) return; // "expelled Ahmed Salem from the Netherlands": not a Dutchman
        for (int i = 0; i < others.size(); i++) {
            Participant o = others.get(i);
            if (o.country() == null) others.set(i, new Participant(o.name(), country, o.sector()));
        }
    }

    /**
     * True when the act is done to something: an object, a passive subject or a complement's subject ("killed three",
     * "shortened the curfew", "he was detained", "forced the crowd to leave"), whose country's people may stand for the other side; false when the act has none
     * ("the forces were bombarding", "fought heroic battles" has one, "stormed across the border" has not) or is
     * done to oneself ("killed himself").
     */
    boolean actedOnSomething(int trigger) {
        if (trigger < 0) return false;
        // "hoped to be released", "were killed or wounded": a passive is done to its subject, wherever the parser
        // hung it
        if (passive(trigger) || c.relIs(trigger, "conj") && passive(c.head(trigger))) return true;
        // "opened fire": the light verb carries the rest of the clause
        List<Integer> heads = new ArrayList<>(List.of(trigger));
        if (c.relIs(trigger, "obj") && c.head(trigger) >= 0) heads.add(c.head(trigger));
        for (int h : heads) {
            List<Integer> done = new ArrayList<>(c.childrenExact(h, "obj"));
            done.addAll(c.childrenExact(h, "nsubj:pass"));
            // "forced the crowd to leave", "prevented the march staged by students": the one acted on as the subject
            // of a complement clause (the parser often hangs an object with a participle after it so)
            for (String rel : List.of("ccomp", "xcomp", "dep")) {
                for (int v : c.childrenExact(h, rel)) done.addAll(c.childrenExact(v, "nsubj"));
            }
            // "opened fire to disperse the crowd", "..., killing three": its aim or its toll names who it was done to
            for (String rel : List.of("advcl", "xcomp")) {
                for (int v : c.childrenExact(h, rel)) done.addAll(c.childrenExact(v, "obj"));
            }
            done.remove(Integer.valueOf(trigger));
            for (int o : done) if (!REFLEXIVES.contains(c.lower(o))) return true;
        }
        return false;
    }

    private boolean passive(int v) {
        return v >= 0 && c.pos(v).equals("VBN") && !c.childrenExact(v, "aux:pass").isEmpty();
    }

    /**
     * The one country a sentence names, by a country, a nationality or a place ("Syrian activists said government
     * forces shelled the town": Syria's forces), or null when it names none or several.
     */
    private String onlyCountry() {
        String only = null;
        for (int i = 0; i < c.size(); i++) {
            for (Entity e : c.entitiesAt(i)) {
                if (!COUNTRY_NAMING.contains(e.type()) || !CountryCodes.isState(e.country())) continue;
                if (only != null && !only.equals(e.country())) return null;
                only = e.country();
            }
        }
        return only;
    }

    /**
     * True when a subject is a military unit ("peacekeeping troops", "a first patch of troops"). A visitor noun is
     * never one: "a delegation of the Ghanaian army arrived" is a visit by soldiers, not a deployment.
     */
    boolean troops(int subject) {
        if (subject < 0 || VISITOR_NOUNS.contains(c.lemma(subject))) return false;
        if (Sector.MIL.is(CommonNounActors.sectorOf(c.lemma(subject)))) return true;
        for (int k : c.children(subject, "nmod")) {
            if (c.caseOf(k).equals("of") && Sector.MIL.is(CommonNounActors.sectorOf(c.lemma(k)))) return true;
        }
        return false;
    }
}
