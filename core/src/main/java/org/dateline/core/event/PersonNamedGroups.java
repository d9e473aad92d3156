package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.dateline.model.CountryCodes;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Participant;
import org.dateline.model.Sector;

/**
 * A ruling body named after its head: "the X regime", "the X administration", "X's government", "the X group (of
 * traitors)", "the X clique". News names a government by the person who leads it; coded as that person, the event
 * would be his, and an unknown name would leave it with no country. With a person the article or the actor
 * dictionaries (at the article's date) tie to a state, a government noun ({@code person-government-nouns}) is that
 * state's government; a faction noun ({@code person-faction-nouns}) is so only when the person governs
 * ({@code ruling-sectors}). Without such a tie the phrase stays the group it names, of no country. A part of
 * {@link ParticipantFinder}, kept apart because these nouns turn a name into a body.
 */
final class PersonNamedGroups {
    private static final Set<String> GOVERNMENT_NOUNS = EventWords.get("person-government-nouns");
    private static final Set<String> FACTION_NOUNS = EventWords.get("person-faction-nouns");
    private static final Set<String> RULING_SECTORS = EventWords.get("ruling-sectors");
    private static final Set<String> EPITHETS = EventWords.get("epithet-nouns");
    private static final Pattern NEXT_WORD = Pattern.compile("(?:['\u2019]s)?\\s+([A-Za-z]+)");
    private static final Set<String> DEFINITE = EventWords.get("epithet-determiners");

    private final Clause c;
    private final ArticleContext ctx;

    PersonNamedGroups(Clause c, ArticleContext ctx) {
        this.c = c;
        this.ctx = ctx;
    }

    /**
     * The first ruling body the story's text names after its head, by a person entity written right before a
     * government or faction noun ("The Lee Myung Bak regime of south Korea hurled ..."), found before any clause is
     * parsed: a sentence without an event names it too. Null when none; the clauses update it as they name others.
     */
    static Participant firstNamedIn(ArticleContext ctx, List<Entity> entities) {
        String body = ctx.article.body();
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON || e.end() >= body.length()) continue;
            var m = NEXT_WORD.matcher(body).region(e.end(), body.length());
            if (!m.lookingAt()) continue;
            String noun = m.group(1).toLowerCase(Locale.ROOT);
            if (noun.endsWith("s")) noun = noun.substring(0, noun.length() - 1);
            boolean government = GOVERNMENT_NOUNS.contains(noun);
            if (!government && !FACTION_NOUNS.contains(noun)) continue;
            Participant person = ctx.participant(e);
            // "the Lee group" after "Lee Myung Bak": the article's one person of that name
            if (!CountryCodes.isState(person.country()) && !e.text().contains(" ")) {
                Participant named = ctx.personByNamePart(e.text());
                if (named != null) person = named;
            }
            if (!CountryCodes.isState(person.country())) continue;
            if (!government && (person.sector() == null || !RULING_SECTORS.contains(person.sector()))) continue;
            String state = ctx.gazetteer.countryName(person.country());
            return new Participant(state != null ? state : person.country(), person.country(), Sector.GOV.code());
        }
        return null;
    }

    /** What {@link #of} answers for an epithet that stands for no one the story named: no participant at all. */
    static final Participant NOBODY = new Participant("", null, null);

    /**
     * The body the noun at h names after a person, {@link #NOBODY} for an epithet the story gives no one for, or null
     * when h is no such noun or its modifier no person.
     */
    Participant of(int h) {
        String lemma = c.lemma(h);
        boolean government = GOVERNMENT_NOUNS.contains(lemma);
        if (!government && !FACTION_NOUNS.contains(lemma)) return epithet(h);
        List<Integer> name = personModifier(h);
        if (name.isEmpty()) return epithet(h);
        Participant person = person(name);
        if (person != null && CountryCodes.isState(person.country())
                && (government || person.sector() != null && RULING_SECTORS.contains(person.sector()))) {
            String state = ctx.gazetteer.countryName(person.country());
            Participant ruling = new Participant(state != null ? state : person.country(), person.country(), Sector.GOV.code());
            ctx.lastRulingGroup = ruling;
            return ruling;
        }
        // "the Ortiz regime" of a name nobody places: the group itself, of no country
        List<Integer> phrase = new ArrayList<>(name);
        phrase.add(h);
        return new Participant(c.text(phrase.stream().sorted().toList(), ctx.article.body()), null, null);
    }

    /**
     * "the group of traitors", "the puppets", "the clique": a commentary's epithet names no one by itself; it stands
     * for the ruling group the story last named after its head ("the Lee group of traitors"), and without one for
     * nobody the coder could place: {@link #NOBODY}, no participant, rather than a state made up from the story's
     * place (a phrase of no country would be given one by the fallbacks of domestic acts). An epithet is a definite noun of the epithet-nouns ("the traitors", "these puppets"), or a faction noun
     * whose only "of" phrase is one ("the group of traitors"), or a bare definite faction noun ("the clique"). Null for
     * any other noun, and for one its own words place ("the Japanese puppets", "the group of Chongryon").
     */
    private Participant epithet(int h) {
        if (c.children(h, "det").stream().noneMatch(d -> DEFINITE.contains(c.lower(d)))) return null;
        if (!c.children(h, "compound", "nmod:poss", "amod").isEmpty() || hasEntity(h)) return null;
        boolean epithet = EPITHETS.contains(c.lemma(h));
        if (!epithet && FACTION_NOUNS.contains(c.lemma(h))) {
            List<Integer> of = c.children(h, "nmod").stream().filter(k -> c.caseOf(k).equals("of")).toList();
            epithet = of.isEmpty() || of.stream().allMatch(k -> EPITHETS.contains(c.lemma(k)));
        }
        if (!epithet) return null;
        return ctx.lastRulingGroup != null ? ctx.lastRulingGroup : NOBODY;
    }

    /** True when an entity lies in the noun's phrase (its "of" phrases included): it names someone itself. */
    private boolean hasEntity(int h) {
        for (int i : c.subtreeWithout(h, Set.of("acl", "acl:relcl", "conj", "cc", "punct", "appos", "parataxis"))) {
            if (!c.entitiesAt(i).isEmpty()) return true;
        }
        return false;
    }

    /**
     * The tokens of a person's name that modify h: its compound ("the Lee Myung Bak regime") or its possessor
     * ("Ortiz's government"), read as a person's by the language layer, the tagger, the actor dictionaries or the
     * article's people; empty when the modifier names a state or an organisation ("the Hamas government") or there
     * is none. A place that is no state may be a name the tagger misread ("Bak" alone taken for a place), and counts
     * when the dictionaries code the whole name.
     */
    private List<Integer> personModifier(int h) {
        List<Integer> tokens = new ArrayList<>();
        for (int m : c.children(h, "compound", "nmod:poss")) {
            if (!c.pos(m).startsWith("NNP")) continue;
            for (int i : c.subtreeWithout(m, ParticipantFinder.CORE_CUT)) {
                // "the South Korean Lee regime": a nationality beside the name says no more than the person does
                boolean nationality = c.entitiesAt(i).stream().anyMatch(e -> e.type() == EntityType.NATIONALITY);
                if (c.pos(i).startsWith("NNP") && !nationality) tokens.add(i);
            }
        }
        if (tokens.isEmpty()) return List.of();
        tokens.sort(null);
        boolean person = false, place = false;
        for (int i : tokens) {
            for (Entity e : c.entitiesAt(i)) {
                if (e.type() == EntityType.PERSON) person = true;
                else if (e.type() == EntityType.LOCATION && !ctx.isCountryName(e)) place = true;
                else return List.of();
            }
            person |= "PERSON".equals(c.tokens.get(i).ner());
        }
        if (!person && place) person = coded(tokens) != null;
        if (!person && tokens.size() == 1) person = ctx.personByNamePart(c.tokens.get(tokens.get(0)).word()) != null;
        return person ? tokens : List.of();
    }

    /** The person the name's tokens stand for: the entity on them, the dictionaries' coding, an article's person. */
    private Participant person(List<Integer> name) {
        for (int i : name) {
            for (Entity e : c.entitiesAt(i)) if (e.type() == EntityType.PERSON) return ctx.participant(e);
        }
        Participant coded = coded(name);
        if (coded != null) return coded;
        for (int i : name) {
            Participant p = ctx.personByNamePart(c.tokens.get(i).word());
            if (p != null) return p;
        }
        return null;
    }

    /** The whole name as the actor dictionaries code it on the article's day, or null. */
    private Participant coded(List<Integer> name) {
        String text = c.text(name, ctx.article.body());
        var coding = ctx.dictionary.lookup(text, ctx.article.publicationDate());
        return coding.map(k -> new Participant(k.name(), k.country(), k.sector())).orElse(null);
    }
}
