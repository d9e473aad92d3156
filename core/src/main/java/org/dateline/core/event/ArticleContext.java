package org.dateline.core.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dateline.core.language.Gazetteer;
import org.dateline.core.model.Article;
import org.dateline.core.model.Entity;
import org.dateline.core.model.Participant;

/**
 * What the coder knows about the article so far: its people, the events already coded (for "they", and for the
 * counterpart of a demand that names none), the actor dictionary. One per article, confined to one thread.
 */
final class ArticleContext {
    final Article article;
    final Gazetteer gazetteer;
    final ActorDictionary dictionary;
    final List<Draft> events = new ArrayList<>();
    private final Map<String, Integer> personMentions = new HashMap<>();
    private final Map<String, Entity> personByName = new HashMap<>();

    ArticleContext(Article article, List<Entity> entities, Gazetteer gazetteer, ActorDictionary dictionary) {
        this.article = article;
        this.gazetteer = gazetteer;
        this.dictionary = dictionary;
        for (Entity e : entities) {
            if (!"PERSON".equals(e.type()) && !"PRONOUN".equals(e.type())) continue;
            if (e.canonical() == null) continue;
            personMentions.merge(e.canonical(), 1, Integer::sum);
            personByName.putIfAbsent(e.canonical(), e);
        }
    }

    /** The person of a country the article mentions most: whom "the envoys of South Korea, ..." stands for. */
    Participant keyPerson(String country) {
        String best = null;
        int n = 0;
        for (Map.Entry<String, Integer> m : personMentions.entrySet()) {
            Entity e = personByName.get(m.getKey());
            if (country.equals(e.country()) && m.getValue() > n) {
                best = m.getKey();
                n = m.getValue();
            }
        }
        return best == null ? null : participant(personByName.get(best));
    }

    /** A named person of the article by surname or given name as written alone ("Trump" in "Trump-Kim"). */
    Participant personByNamePart(String word) {
        Entity found = null;
        for (Entity e : personByName.values()) {
            for (String part : e.canonical().split("[ -]")) {
                if (part.equals(word)) {
                    if (found != null && !found.canonical().equals(e.canonical())) return null;
                    found = e;
                }
            }
        }
        if (found != null) return participant(found);
        Participant hit = null;
        for (Participant p : learned.values()) {
            for (String part : p.name().split("[ -]")) {
                if (part.equals(word)) {
                    if (hit != null && !hit.name().equals(p.name())) return null;
                    hit = p;
                }
            }
        }
        return hit;
    }

    private final Map<String, Participant> learned = new HashMap<>();

    /** A person named in full by a clause the language layer had no entity for. */
    void learn(Participant p) { learned.putIfAbsent(p.name(), p); }

    /** The participants of the latest event with several of them: who "they" and "the two" are. */
    List<Participant> lastGroup() {
        for (int i = events.size() - 1; i >= 0; i--) {
            List<Participant> all = events.get(i).everyone();
            if (all.size() >= 2 && events.get(i).actors.size() >= 2) return all;
        }
        return List.of();
    }

    /**
     * Who an actor dealt with lately: the other side of the latest event that paired it with a party of another
     * country. Used for a demand or offer whose addressee the clause leaves implicit.
     */
    Participant counterpart(Participant actor) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Draft d = events.get(i);
            List<Participant> all = d.everyone();
            if (!Participants.contains(all, actor)) continue;
            for (Participant p : all) {
                if (!Participants.same(p, actor) && p.country() != null && !p.country().equals(actor.country())) {
                    return p;
                }
            }
        }
        return null;
    }

    /** A participant from an entity; states (and places standing for them) act through their government. */
    Participant participant(Entity e) {
        String name = e.canonical() != null ? e.canonical() : e.text();
        String country = e.country();
        String sector = e.sector();
        boolean state = "COUNTRY".equals(e.type()) || isCountryName(e);
        if (state && country != null) {
            String n = gazetteer.countryName(country);
            if (n != null) name = n;
            if (sector == null) sector = "GOV";
        }
        if (country == null && !dictionary.isEmpty()) {
            var c = dictionary.lookup(e.text(), article.publicationDate());
            if (c.isEmpty()) c = dictionary.lookup(name, article.publicationDate());
            if (c.isPresent()) return new Participant(name, c.get().country(), c.get().sector());
        }
        return new Participant(name, country, sector);
    }

    boolean isCountryName(Entity e) {
        if (e.country() == null) return false;
        String n = gazetteer.countryName(e.country());
        return n != null && n.equals(e.canonical());
    }

    /** The country a place entity lies in, as a participant (a visit to Washington is a visit to the U.S.). */
    Participant countryOf(Entity e) {
        if (e.country() == null || "IGO".equals(e.country())) return null;
        String n = gazetteer.countryName(e.country());
        return n == null ? null : new Participant(n, e.country(), "GOV");
    }
}
