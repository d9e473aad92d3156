package org.dateline.core.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dateline.core.resources.ResourceFile;
import org.dateline.model.CountryCodes;
import org.dateline.model.Entity;
import org.dateline.model.Participant;

/**
 * Actors named by a common noun ("police", "Yemeni rebels", "the main opposition party"): the hand-written
 * {@code actor-nouns.tsv} first, then the imported Phoenix agents, which count only with a country, except the
 * phrases of groups that act across borders ({@code stateless-agent-sectors}: "human rights groups") and the officers
 * of a court or a case ({@code officers-of-law}: "the judge jailed him"), who act by their office. The country comes
 * from the noun's own phrase (its "of" phrase shared by coordinated nouns), a possessor, the nationality the article
 * gave that noun, a visitor noun the nationality the story gave its visitors ({@link VisitingParty}), else the
 * state the story is set in (its dateline's, else its lead's, else its headline's: {@code StorySetting},
 * {@code LeadSetting}; not for visitors).
 * A part of {@link ParticipantFinder}, kept apart because nouns of groups follow their own rules of where they are from.
 */
final class CommonNounActors {
    private static final Map<String, String> ACTOR_NOUNS = new HashMap<>();
    private static final Set<String> PARTITIVES = new HashSet<>();
    private static final Set<String> PLACE_CASES = EventWords.get("participant-place-cases");
    private static final Set<String> INDEFINITE = EventWords.get("indefinite-determiners");
    private static final Set<String> STATELESS_SECTORS = EventWords.get("stateless-agent-sectors");
    private static final Set<String> VISITORS = EventWords.get("visitor-nouns");
    private static final Set<String> ANAPHORIC = EventWords.get("visitor-anaphor-determiners");
    private static final Set<String> VOICES = EventWords.get("public-voice-nouns");
    private static final Set<String> KIN = EventWords.get("kin-nouns");
    private static final Set<String> PRIVATE_PEOPLE = EventWords.get("private-people-nouns");
    private static final Set<String> STATE_ORGANS = EventWords.get("state-organ-sectors");
    private static final Set<String> DEFINITE = EventWords.get("definite-determiners");
    private static final Set<String> GENERIC = EventWords.get("unplaced-modifiers");
    /** Organs of law, whose bare plural ("prosecutors said") is the home state's even where no dateline or headline places the story. */
    private static final Set<String> HOME_STATE_ORGANS = EventWords.get("home-state-sectors");
    /** Officers of a court or a case ("the judge", "prosecutors"), who act by their office though placed in no state. */
    private static final Set<String> OFFICERS_OF_LAW = EventWords.get("officers-of-law");
    /** Organs named with "a" that are still the story's state's ("a federal grand jury indicted him"). */
    private static final Set<String> INDEFINITE_PLACED = EventWords.get("indefinite-placed-sectors");
    /** Nouns that are an actor only with their state written in their phrase ("Nigeria's opposition"). */
    private static final Set<String> PLACED_ONLY = EventWords.get("placed-only-actor-nouns");
    private static final Set<String> ATTITUDES = EventWords.get("attitude-actor-nouns");
    private static final Set<String> EXPRESSING = EventWords.get("attitude-expressing-verbs");
    private static final Set<String> DEGREES = EventWords.get("attitude-degree-adjectives");

    static {
        for (String[] r : ResourceFile.rows(CommonNounActors.class, "actor-nouns.tsv")) {
            if (r.length < 2) continue;
            if (r[1].strip().equals("of")) PARTITIVES.add(r[0].strip());
            else ACTOR_NOUNS.put(r[0].strip(), r[1].strip());
        }
    }

    /** The sector a common actor noun implies ("troops" MIL), or null. */
    static String sectorOf(String lemma) { return ACTOR_NOUNS.get(lemma); }

    /**
     * A voice of public debate placed in no state ("critics", "legal experts": public-voice-nouns), told by the last
     * word of the phrase that names it, singular or plural.
     */
    static boolean isVoice(Participant p) {
        if (p.country() != null || p.name() == null) return false;
        String last = lastWord(p);
        return VOICES.contains(last) || last.endsWith("s") && VOICES.contains(last.substring(0, last.length() - 1));
    }

    /**
     * The kin of someone in the news placed in no state ("the boy's relatives", "her son"): a private person, as an
     * unplaced named person is, told by the last word of the phrase that names it.
     */
    static boolean isUnplacedKin(Participant p) {
        return p.country() == null && p.name() != null && KIN.contains(lastWord(p));
    }

    /**
     * A private person named by a common noun of private life and placed in no state ("my parents", "the doctor",
     * "one person", "many people", "fans"): a civilian (CVL) told by any word of the phrase that names it, since the
     * phrase may run on past its noun ("my daughter, who is in college").
     */
    static boolean isUnplacedPrivatePerson(Participant p) {
        if (p.country() != null || p.name() == null || !"CVL".equals(p.sector())) return false;
        for (String w : p.name().toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
            if (PRIVATE_PEOPLE.contains(w)) return true;
        }
        return false;
    }

    private static String lastWord(Participant p) {
        String[] words = p.name().toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }

    /** A measure noun looked through to the actors it counts ("tens of thousands of students"). */
    static boolean isPartitive(String word) { return PARTITIVES.contains(word); }

    private final Clause c;
    private final ArticleContext ctx;
    private final ParticipantFinder parts;

    CommonNounActors(Clause c, ArticleContext ctx, ParticipantFinder parts) {
        this.c = c;
        this.ctx = ctx;
        this.parts = parts;
    }

    /**
     * "Security forces in Guinea", "students throughout Indonesia", "supporters of former President X": an actor
     * named by a common noun ({@code actor-nouns.tsv}), its country from a place, nationality or known person its
     * phrase names ("Tens of thousands of students": the measure's noun is looked through), else none.
     */
    Participant of(int h) {
        if (!c.pos(h).startsWith("NN")) return null;
        int n = h;
        for (int k : c.children(h, "nmod")) {
            if (c.caseOf(k).equals("of") && ACTOR_NOUNS.containsKey(c.lemma(k)) && !ACTOR_NOUNS.containsKey(c.lemma(h))) n = k;
        }
        String sector = ACTOR_NOUNS.get(c.lemma(n));
        if (sector == null) sector = ACTOR_NOUNS.get(c.lower(n));
        // below the hand-written nouns, the imported agents: only with a country ("Kenyan police", "Yemeni rebels")
        boolean imported = sector == null;
        if (imported) sector = agentPhrase(n);
        // "human rights groups", "non-governmental organizations": a group named by a phrase of its own kind acts
        // across borders and needs no country; a single imported noun ("lawyers") or a state's organ does
        boolean stateless = imported && sector != null && STATELESS_SECTORS.contains(sector);
        if (imported && sector == null) sector = ImportedAgents.sectorOf(c.lower(n));
        if (sector == null) return null;
        List<Integer> core = c.subtreeWithout(n, ParticipantFinder.CORE_CUT);
        String name = c.text(core, ctx.article.body());
        String country = null;
        List<Integer> near = new ArrayList<>(core);
        for (int k : c.childrenExact(n, "nmod:poss")) if (!c.pos(k).equals("PRP$")) near.addAll(c.subtreeWithout(k, ParticipantFinder.CORE_CUT));
        // "the people of Chile", not "politicians of bowing to U.S. pressure": a verb's clause names no place
        for (int k : c.children(n, "nmod")) if (PLACE_CASES.contains(c.caseOf(k)) && !c.pos(k).startsWith("VB")) near.addAll(c.subtreeWithout(k, Set.of("acl", "acl:relcl", "parataxis", "ccomp")));
        for (int i : near) {
            for (Entity e : c.entitiesAt(i)) {
                if (CountryCodes.isState(e.country())) {
                    country = e.country();
                    break;
                }
            }
            if (country != null) break;
        }
        // "Bosnian Serbs said their forces had": the possessive pronoun is the reporter
        for (int k : c.childrenExact(n, "nmod:poss")) {
            if (country == null && c.pos(k).startsWith("PRP") && parts.reportedBy(k) >= 0) {
                for (Participant p : parts.of(parts.reportedBy(k))) if (country == null) country = p.country();
            }
            // "its forces", the pronoun resolved to a state: the last word on where they are from
            for (Entity e : c.entitiesAt(k)) if (country == null && e.country() != null) country = e.country();
        }
        // "The Finnish progressive people", "the Iranian government and people": a nationality written before them
        if (country == null) country = parts.nationalityBefore(n, core);
        // "the Norwegian fishermen accused their government": the possessor the pronoun agrees with
        if (country == null) country = parts.possessors.stateOf(n);
        // "farmers" after "Polish farmers": the nationality the article gave the noun; else the story's place
        if (country == null) country = parts.stateOfPhrase(n); // "the government and people of Chile"
        boolean visitor = VISITORS.contains(c.lemma(n));
        if (visitor && country != null) ctx.visitors.placedPhrase(country);
        // not "the world progressive people" after "the Korean people": a generic modifier makes them others
        if (country == null && !generic(n)) country = ctx.nationalityOfNoun(c.lower(n));
        // "the visitors laid wreaths" after "an Ethiopian delegation": the nationality the story gave its visitors
        // only a phrase pointing back ("the guests"), not a new mention of others ("foreign guests")
        if (country == null && visitor && c.children(n, "det").stream().anyMatch(d -> ANAPHORIC.contains(c.lower(d)))) {
            country = ctx.visitors.country();
        }
        // "the Finance Minister": its capitals name an office, not a people the language layer could not place
        boolean office = CapitalisedOffices.isOffice(c, n);
        if (country == null && !visitor && (office || !namedKind(n))) country = storyState(n, sector, imported, office);
        if (imported && country == null && !stateless && !OFFICERS_OF_LAW.contains(c.lower(n))) return null;
        if (country == null && PLACED_ONLY.contains(c.lemma(n))) return null; // "citing domestic opposition"
        if (expressedAttitude(n)) return null; // "voiced strong opposition to the U.S.": a stance, not a party
        return new Participant(name, country, sector);
    }

    /**
     * A noun that names a body or the stance it takes ("the opposition", "opposition": attitude-actor-nouns) names the
     * stance when it is voiced or graded: the object of a verb of expressing ("voiced opposition to the sanctions",
     * "expressed its opposition") or with a degree before it ("strong opposition", "firm opposition"). A party is
     * neither voiced nor strong.
     */
    private boolean expressedAttitude(int n) {
        if (!ATTITUDES.contains(c.lemma(n))) return false;
        if (c.relIs(n, "obj") && EXPRESSING.contains(c.lemma(c.head(n)))) return true;
        return c.children(n, "amod").stream().anyMatch(m -> DEGREES.contains(c.lower(m)));
    }

    /**
     * "the Korean people", "Party officials": a capitalised modifier says which people the noun means, a nationality
     * the language layer could not place or a body of its own; the story's place does not overrule it.
     */
    private boolean namedKind(int n) {
        for (int m : c.children(n, "amod", "compound")) {
            String w = c.tokens.get(m).word();
            if (m < n && Character.isUpperCase(w.codePointAt(0)) && (c.pos(m).startsWith("JJ") || c.pos(m).startsWith("NNP"))) return true;
        }
        return false;
    }

    /**
     * Where an actor noun its phrase left unplaced is from by the story's place: "police said" under a "KYIV
     * (Reuters) -" dateline is Ukraine's police. A headline's place ({@code StorySetting}: "Crackdown Slammed in Peru")
     * is a weaker cue: it places a state's organ ({@code state-organ-sectors}: "the police", "the authorities") or a
     * group the text points back to ("the workers"), not a bare plural ("activists") nor an imported agent ("man").
     * Not "a congress" the story has not placed, nor "its troops", whose possessor says whose they are; but "a court"
     * or "a grand jury" ({@code indefinite-placed-sectors}): news names the court of its own story with "a" ("a federal
     * appeals court ruled"), and a court judges only in its own state. Null when none.
     */
    private String storyState(int n, String sector, boolean imported, boolean office) {
        List<String> dets = c.children(n, "det").stream().map(c::lower).toList();
        // "a court ruled", "a federal grand jury indicted him": a court or jury unnamed is still one of the state the
        // story is set in (indefinite-placed-sectors); "a congress", "an army" may be any state's
        if (dets.stream().anyMatch(INDEFINITE::contains) && !INDEFINITE_PLACED.contains(sector)) return null;
        // "different governments", "other countries' officials": people of many places, not the story's own
        if (generic(n)) return null;
        if (c.childrenExact(n, "nmod:poss").stream().anyMatch(k -> c.pos(k).equals("PRP$"))) return null;
        if (ctx.datelineCountry != null) return ctx.datelineCountry;
        // "Officials and working people placed flowers" in a story whose lead says it happened in Pyongyang: as a
        // dateline would; not an imported agent ("man"), which a dateline alone places
        if (ctx.leadCountry != null && !imported) return ctx.leadCountry;
        // "prosecutors said", "lawmakers voted" with no dateline: the organs of law of the state the story is set in,
        // else of the one state the story is about (HomeState)
        boolean ofLaw = HOME_STATE_ORGANS.contains(sector);
        // "The Finance Minister criticized ...": a capitalised office is one holder of the story's own state
        if (imported) return ofLaw || office ? (ctx.settingCountry != null ? ctx.settingCountry : ctx.homeState) : null;
        boolean organ = STATE_ORGANS.contains(sector);
        String setting = organ || dets.stream().anyMatch(DEFINITE::contains) ? ctx.settingCountry : null;
        return setting == null && ofLaw ? ctx.homeState : setting;
    }

    /** "different governments", "foreign guests", "the world progressive people": a modifier of many places. */
    private boolean generic(int n) {
        return c.children(n, "amod", "compound", "det").stream().anyMatch(m -> GENERIC.contains(c.lower(m)));
    }

    /**
     * The sector of an imported agent of several words ending at the noun n, modifiers written right before it
     * ("the main opposition party", "human rights groups"), longest first; null when none is one.
     */
    private String agentPhrase(int n) {
        for (int len = ImportedAgents.LONGEST_PHRASE; len >= 2; len--) {
            int from = n - len + 1;
            if (from < 0) continue;
            boolean inside = true;
            for (int i = from; i < n && inside; i++) inside = c.subtree(n).contains(i) && (c.pos(i).startsWith("NN") || c.pos(i).startsWith("JJ"));
            if (!inside) continue;
            StringBuilder phrase = new StringBuilder();
            for (int i = from; i <= n; i++) phrase.append(i > from ? " " : "").append(c.lower(i));
            String sector = ImportedAgents.sectorOfPhrase(phrase.toString());
            if (sector != null) return sector;
        }
        return null;
    }
}
