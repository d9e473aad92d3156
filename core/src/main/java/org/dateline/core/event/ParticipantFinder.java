package org.dateline.core.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dateline.model.CountryCodes;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Participant;
import org.dateline.model.Sector;

/**
 * Turns a nominal of the parse (a subject, an object, a "with" phrase) into participants, from the language layer's
 * entities: the entity on the nominal's head word, else the best entity of its core (its compounds, appositions,
 * modifiers), else a name the actor dictionary knows; conjuncts ("Lee and Biegun") each give one; "they" is the
 * group of the latest event; "the envoys of South Korea, the U.S. and Japan" the article's person of each country.
 * One nominal is read in named steps, tried in order; the country a phrase gives is {@link PhraseCountries}'s, the
 * one a word pointing back stands for {@link BackReferences}'s.
 */
final class ParticipantFinder {
    static final Set<String> CORE_CUT = Set.of("acl", "nmod", "conj", "cc", "punct", "case", "advcl", "appos",
            "obl", "parataxis", "ccomp", "xcomp");
    private static final Set<String> LEADER_NOUNS = EventWords.get("leader-nouns");
    private static final Set<String> GROUP_NOUNS = EventWords.get("group-nouns");
    private static final Set<String> SPOKES_NOUNS = EventWords.get("spokes-nouns");
    private static final Set<String> LED_GROUP_NOUNS = EventWords.get("led-group-nouns");
    private static final Set<String> UTTERANCES = EventWords.get("utterance-nouns");
    private static final Set<String> ISSUING_VERBS = EventWords.get("document-issuing-verbs");
    private static final Set<String> RECEIVING = EventWords.get("receiving-verbs");
    private static final Set<String> SPOKES_CASES = EventWords.get("spokes-cases");

    private final Clause c;
    private final ArticleContext ctx;
    private final GroupLeaders leaders;
    private final CommonNounActors commonNouns;
    private final PersonNamedGroups personGroups;
    private final DictionaryNames dictionaryNames;
    private final EntityRanks ranks;
    private final StateGroups stateGroups;
    private final PhraseCountries placing;
    private final NamedPersons persons;
    /** Words pointing back to someone the article told of ("it", "they", "he", a part of a name). */
    private final BackReferences backReferences;
    /** The nominals being resolved now, so that a cycle in a misparse ends instead of overflowing the stack. */
    private final Set<Integer> resolving = new HashSet<>();
    /** Whose state an actor owned by a possessive pronoun is ("their government"). */
    final Possessors possessors;

    ParticipantFinder(Clause c, ArticleContext ctx) {
        this.c = c;
        this.ctx = ctx;
        this.possessors = new Possessors(c, ctx, this);
        this.leaders = new GroupLeaders(c);
        this.commonNouns = new CommonNounActors(c, ctx, this);
        this.personGroups = new PersonNamedGroups(c, ctx);
        this.dictionaryNames = new DictionaryNames(c, ctx);
        this.ranks = new EntityRanks(ctx);
        this.stateGroups = new StateGroups(c, ctx, ranks);
        this.placing = new PhraseCountries(c, ctx, leaders);
        this.persons = new NamedPersons(c, ctx, placing);
        this.backReferences = new BackReferences(c, ctx, this);
    }

    /** The participants a nominal names, its conjuncts included. */
    List<Participant> of(int h) {
        // a nominal that leads back to itself (a misparsed relative or partitive) names nobody on the second visit
        if (h < 0 || !resolving.add(h)) return new ArrayList<>();
        try {
            return resolve(h);
        } finally {
            resolving.remove(h);
        }
    }

    private List<Participant> resolve(int h) {
        List<Participant> out = new ArrayList<>();
        if (DocumentIssuers.standsForLatest(c, h, ctx)) return new ArrayList<>(ctx.lastDocumentAuthors);
        Participants.addAll(out, single(h));
        for (int k : c.children(h, "conj")) Participants.addAll(out, of(k));
        if (!out.isEmpty() && issuesDocument(h)) {
            ctx.lastDocumentAuthors = List.copyOf(out);
            ctx.lastDocumentDate = DocumentDates.issued(c, c.head(h), h);
        }
        return out;
    }

    /**
     * "X issued a statement", "X in a commentary on Monday denounced Y": the subject of a verb whose object, or "in"
     * phrase (on the verb or on the subject), is a document (utterance-nouns) is that document's author.
     */
    private boolean issuesDocument(int h) {
        int v = c.head(h);
        // "X received a congratulatory letter": the one who gets a document is not its author
        if (!c.relIs(h, "nsubj") || v < 0 || !c.pos(v).startsWith("VB") || RECEIVING.contains(c.lemma(v))) return false;
        for (int o : c.children(v, "obj", "obl", "xcomp")) {
            if (UTTERANCES.contains(c.lemma(o)) && (c.relIs(o, "obj") || c.caseOf(o).equals("in"))) return true;
            // "made public a statement": the document parsed as the complement of "made" (s54)
            if (UTTERANCES.contains(c.lemma(o)) && c.relIs(o, "xcomp") && ISSUING_VERBS.contains(c.lemma(v))) return true;
        }
        // "X in a statement on Monday denounced Y", the "in" phrase parsed onto the subject
        return c.children(h, "nmod").stream().anyMatch(o -> UTTERANCES.contains(c.lemma(o)) && c.caseOf(o).equals("in"));
    }

    /**
     * The participants one nominal names, by the first step that decides, in this order: what the construction it
     * stands in makes it, the person, name or entity on its head, the role it names, the best entity of its core, a
     * pronoun or name part pointing back, else the dictionaries and the common noun. A step that does not decide
     * returns null; an empty list decides too (nobody).
     */
    private List<Participant> single(int h) {
        int antecedent = RelativePronouns.antecedent(c, h); // "Saddam Hussein, with whom the king met": Saddam Hussein
        if (antecedent >= 0) return of(antecedent);
        List<Participant> out = byConstruction(h);
        if (out == null) out = byName(h);
        if (out == null) out = byRole(h);
        if (out == null) out = byCoreEntity(h);
        if (out == null) out = backReferences.of(h);
        if (out == null) {
            out = byDictionaryOrNoun(h);
            // "the vice-chairman of the X Party of Laos": an office no step named speaks for its body (BodyOffices)
            if (out.isEmpty()) out = BodyOffices.bodyOf(c, h, this::of);
        }
        return DomesticOffices.placed(out, c, h, ctx);
    }

    /**
     * "their government" (a possessor's state), "the X regime" (a body, not X), "a delegation led by X" (X), "the
     * delegation" (the group last named with its leader), "the ralliers" (who held the story's protest).
     */
    private List<Participant> byConstruction(int h) {
        Participant owned = ownersState(h);
        if (owned != null) return List.of(owned);
        Participant ruling = personGroups.of(h); // "the X regime", "the X group of traitors": a body, not X
        if (ruling != null) return ruling == PersonNamedGroups.NOBODY ? List.of() : List.of(ruling);
        if (leaders.leaderOf(h) >= 0) { // "a delegation led by X": X
            List<Participant> led = leaders.led(h, this::of, c.subtreeWithout(h, CORE_CUT), ctx.gazetteer::countryOfPlace,
                    ctx.article.body());
            if (!led.isEmpty()) {
                ctx.lastLedGroup = led;
                return led;
            }
        }
        // "The delegation laid a wreath", "the visitors toured the plant": the group last named with its leader
        if (isBareDefinite(h) && LED_GROUP_NOUNS.contains(c.lemma(h)) && !ctx.lastLedGroup.isEmpty()) return ctx.lastLedGroup;
        List<Participant> gathered = GatheringPeople.of(c, h, ctx); // "the ralliers": who held the story's protest
        if (!gathered.isEmpty()) return gathered;
        return null;
    }

    /**
     * A titled person, a proper name, the states a leader noun leads, a role on a state ("Seoul's chief nuclear
     * envoy"), or the entity on the head word placed by the text's own words.
     */
    private List<Participant> byName(int h) {
        String w = c.lower(h);
        Participant titled = persons.titled(h);
        if (titled != null) return List.of(titled);
        Participant named = persons.properName(h);
        if (named != null) return List.of(named);
        if (LEADER_NOUNS.contains(w)) {
            List<Participant> states = statesLed(h);
            if (!states.isEmpty()) return states;
        }
        Entity onHead = ranks.best(c.entitiesAt(h), true);
        // "Seoul's chief nuclear envoy": a role without a name stands for the article's envoy of that state
        if (onHead != null && onHead.canonical() == null && ArticleContext.isEnvoyWord(w)) {
            List<Participant> sent = stateGroups.envoysOf(h);
            if (!sent.isEmpty()) return sent;
        }
        // "Kenzo Oshima, the United Nations coordinator": the text's own words place a person before a dictionary does
        if (onHead != null) {
            Participant p = placing.withCountry(ctx.asNamed(onHead), h);
            // "the Norwegian fishermen accused their government": the possessor the pronoun agrees with
            String owner = p.country() == null ? possessors.stateOf(h) : null;
            if (owner != null) p = new Participant(p.name(), owner, p.sector());
            return List.of(p.country() != null ? p : ctx.participant(onHead));
        }
        return null;
    }

    /**
     * A role that stands for others: a spokesman for a body, the people a partitive counts, a group of countries,
     * the envoys of a state.
     */
    private List<Participant> byRole(int h) {
        String w = c.lower(h);
        // "a spokesman for the Foreign Ministry": one who speaks for a body is that body's voice
        if (SPOKES_NOUNS.contains(c.lemma(h))) {
            for (int k : c.children(h, "nmod")) {
                if (!SPOKES_CASES.contains(c.caseOf(k))) continue;
                List<Participant> body = of(k);
                if (!body.isEmpty()) return body;
            }
        }
        // "thousands of students", "one third of the guerrillas": the people counted are the participants
        if (CommonNounActors.isPartitive(w) || CommonNounActors.isPartitive(c.lemma(h))) {
            for (int k : c.children(h, "nmod")) if (c.caseOf(k).equals("of")) return of(k);
        }
        if (GROUP_NOUNS.contains(w)) {
            List<Participant> group = stateGroups.groupOfCountries(h);
            if (!group.isEmpty()) return group;
        }
        if (ArticleContext.isEnvoyWord(w)) {
            List<Participant> sent = stateGroups.envoysOf(h);
            if (!sent.isEmpty()) return sent;
        }
        return null;
    }

    /**
     * The best entity of the nominal's core and appositions; before an actor noun, a nationality says where the actor
     * is from ("Somali pirates").
     */
    private List<Participant> byCoreEntity(int h) {
        Entity inCore = null;
        List<Integer> core = c.subtreeWithout(h, CORE_CUT);
        for (int i : core) {
            // "its forces" are not the state itself: what they are is for the noun to say
            if (i != h && c.pos(i).equals("PRP$")) continue;
            inCore = ranks.better(inCore, ranks.best(c.entitiesAt(i), false));
        }
        for (int a : c.children(h, "appos")) inCore = ranks.better(inCore, ranks.best(c.entitiesAt(a), true));
        // "Somali pirates", "Yemeni rebels": a nationality before an actor noun is where the actor is from
        if (inCore != null && inCore.type() == EntityType.NATIONALITY) {
            Participant common = commonNouns.of(h);
            if (common != null && common.country() != null) return CoordinatedActors.perNationality(c, h, common);
        }
        // "Washington residents", "Kyiv commuters": a town before an actor noun is where the people are from; the
        // capital is the state only as the nominal itself ("Washington accused Beijing")
        if (inCore != null && !c.entitiesAt(h).contains(inCore) && ctx.gazetteer.namesTown(inCore.text())) {
            Participant common = commonNouns.of(h);
            if (common != null) return List.of(common);
        }
        // "the Brazilian Centre for the Study of X": a state's word in a body's name places the body, not the state
        Participant named = StateNamedBodies.of(c, h, core, inCore, ctx.article.body());
        if (named != null) return List.of(named);
        if (inCore != null) return List.of(placing.withCountry(ctx.participant(inCore), h));
        return null;
    }

    /** The last step, which always decides: a name the dictionaries know, else the common noun's actor. */
    private List<Participant> byDictionaryOrNoun(int h) {
        Participant fromDictionary = dictionaryNames.longestIn(c.subtreeWithout(h, CORE_CUT));
        Participant common = commonNouns.of(h);
        // "Mombasa residents", "his Miami relatives": a town the dictionaries code as its state only places the people
        if (fromDictionary != null && common != null && townIn(h)) {
            String country = common.country() != null ? common.country() : fromDictionary.country();
            return List.of(new Participant(common.name(), country, common.sector()));
        }
        if (fromDictionary != null) return List.of(fromDictionary);
        return common == null ? List.of() : CoordinatedActors.perNationality(c, h, common);
    }

    /** Whether the nominal's core holds a town, a place that is no state's name. */
    private boolean townIn(int h) {
        for (int i : c.subtreeWithout(h, CORE_CUT)) {
            for (Entity e : c.entitiesAt(i)) if (e.type() == EntityType.LOCATION && !ctx.isCountryName(e)) return true;
        }
        return false;
    }

    /** The state an "of" phrase of the nominal names ({@link PhraseCountries#stateOfPhrase}), or null. */
    String stateOfPhrase(int h) { return placing.stateOfPhrase(h); }

    /** The state a nationality written before the nominal gives it ({@link PhraseCountries#nationalityBefore}), or null. */
    String nationalityBefore(int h, List<Integer> core) { return placing.nationalityBefore(h, core); }

    /** "the delegation": a noun with "the" and nothing else that would say which one ("the Chinese delegation"). */
    private boolean isBareDefinite(int h) {
        return isBareDefinite(c, h);
    }

    /** "the statement", "the delegation": a noun with "the" and no modifier that would make it another one. */
    static boolean isBareDefinite(Clause c, int h) {
        return c.children(h, "det").stream().anyMatch(d -> c.lower(d).equals("the"))
                && c.children(h, "amod", "compound", "nmod", "nmod:poss", "acl", "acl:relcl", "appos").isEmpty();
    }

    /**
     * "Zhao, whose government offered": a state's government owned by the relative pronoun is the state of the
     * person the relative clause is about.
     */
    private Participant ownersState(int h) {
        if (!Sector.GOV.is(CommonNounActors.sectorOf(c.lemma(h)))) return null;
        if (c.childrenExact(h, "nmod:poss").stream().noneMatch(k -> c.lower(k).equals("whose"))) return null;
        for (int n = c.head(h), guard = 0; n >= 0 && guard < 4; n = c.head(n), guard++) {
            if (!c.relIs(n, "acl:relcl")) continue;
            for (Participant p : of(c.head(n))) {
                if (!CountryCodes.isState(p.country())) continue;
                String name = ctx.gazetteer.countryName(p.country());
                if (name != null) return new Participant(name, p.country(), Sector.GOV.code());
            }
            return null;
        }
        return null;
    }

    /** The subject of the reporting verb whose clause holds token h ({@link BackReferences#reportedBy}), or -1. */
    int reportedBy(int h) { return BackReferences.reportedBy(c, h); }

    /**
     * "the U.S. president", "the leaders of the U.S. and North Korea": a head of state or government unnamed stands
     * for the state (CAMEO codes the summit as the two countries'), not for the article's envoy of that country.
     */
    private List<Participant> statesLed(int h) {
        List<Participant> out = new ArrayList<>();
        List<Integer> mods = new ArrayList<>(c.children(h, "compound", "amod", "nmod:poss"));
        for (int n : c.children(h, "nmod")) if (c.caseOf(n).equals("of")) mods.add(n);
        for (int m : mods) {
            // "a summit between its leader and ...", told in what the North said: "its" is the one reporting
            if (c.pos(m).equals("PRP$") && reportedBy(m) >= 0) {
                for (Participant p : of(reportedBy(m))) if (Sector.GOV.is(p.sector())) Participants.addAll(out, List.of(p));
                continue;
            }
            for (int k : Coordination.withConjuncts(c, m)) {
                for (Entity e : c.entitiesAt(k)) {
                    if (e.type() != EntityType.COUNTRY && !ctx.isCountryName(e)) continue;
                    Participants.addAll(out, List.of(ctx.participant(e)));
                    break;
                }
            }
        }
        return out;
    }
}
