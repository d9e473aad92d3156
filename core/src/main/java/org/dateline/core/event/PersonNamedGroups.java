package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

    private final Clause c;
    private final ArticleContext ctx;

    PersonNamedGroups(Clause c, ArticleContext ctx) {
        this.c = c;
        this.ctx = ctx;
    }

    /** The body the noun at h names after a person, or null when h is no such noun or its modifier no person. */
    Participant of(int h) {
        String lemma = c.lemma(h);
        boolean government = GOVERNMENT_NOUNS.contains(lemma);
        if (!government && !FACTION_NOUNS.contains(lemma)) return null;
        List<Integer> name = personModifier(h);
        if (name.isEmpty()) return null;
        Participant person = person(name);
        if (person != null && CountryCodes.isState(person.country())
                && (government || person.sector() != null && RULING_SECTORS.contains(person.sector()))) {
            String state = ctx.gazetteer.countryName(person.country());
            return new Participant(state != null ? state : person.country(), person.country(), Sector.GOV.code());
        }
        // "the Ortiz regime" of a name nobody places: the group itself, of no country
        List<Integer> phrase = new ArrayList<>(name);
        phrase.add(h);
        return new Participant(c.text(phrase.stream().sorted().toList(), ctx.article.body()), null, null);
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
