package org.dateline.core.connect;

import static org.dateline.core.connect.NameKeys.extendsName;
import static org.dateline.core.connect.NameKeys.key;
import static org.dateline.core.connect.NameKeys.oneLine;
import static org.dateline.core.connect.NameKeys.sharesNameWord;
import static org.dateline.core.connect.NameKeys.withoutArticle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.dateline.core.dictionary.ActorCode;
import org.dateline.core.dictionary.ActorEntry;
import org.dateline.core.dictionary.PetrarchPhrase;

import org.dateline.model.ActorProfile;
import org.dateline.model.Annotated;
import org.dateline.model.CountryCodes;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;

/**
 * The canonical actors of the whole record: every person, organisation, state and group, with the names it was
 * written as, its roles over time, its codes.
 *
 * <p>The language stage already resolves names inside one article ("Lee" -> "Lee Do-hoon" when the article named
 * him in full). Across articles a short name is ambiguous, and a wrong merge puts one person's deeds on another, so
 * "Lee" in a later story becomes "Lee Do-hoon" only when exactly one known full name fits it and the context agrees:
 * that person already acts in the story's thread, or the mention has the same country and the same role. Spelling
 * variants ("Kim Jong Un", "Kim Jong-un") are one actor by a normalised key, which keeps where the words break:
 * "Kimchaek", a city, is not "Kim Chaek", the man it is named after ({@link NameKeys}); a body's name alone may be
 * written joined or apart. The user's {@link ActorOverrides}
 * come first, always.
 */
public final class ActorKnowledgeBase {
    private static final Set<EntityType> ACTOR_TYPES = EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.COUNTRY, EntityType.GROUP);
    private static final Set<String> PRONOUNS = ConnectWords.get("pronouns");

    private final ActorOverrides overrides;
    private final Map<String, Actor> actors = new HashMap<>();
    private final Map<String, Actor> byAlias = new HashMap<>();
    private final Map<String, List<Actor>> byNamePart = new HashMap<>();
    /** Bodies, states and groups by their name's words written joined ({@link NameKeys#wordKey}): "Jajuminbo". */
    private final Map<String, Actor> bodiesJoined = new HashMap<>();
    /** Variant names of people merged into the person's most frequent full form, kept for every later snapshot. */
    private final Map<String, String> merged = new LinkedHashMap<>();
    /** Keys of two people's names an article joined by coordination ({@link CoordinatedNames}): never one person. */
    private final Set<String> coordinated = new HashSet<>();

    public ActorKnowledgeBase(ActorOverrides overrides) { this.overrides = overrides; }

    /** Names of one article mapped to canonical actor names (raw canonical or text -> knowledge-base name). */
    public record Resolution(Map<String, String> names, UnaryOperator<String> fallback,
                             Predicate<String> states) {
        /** A resolution that knows no states. */
        public Resolution(Map<String, String> names, UnaryOperator<String> fallback) {
            this(names, fallback, n -> false);
        }

        /** The canonical actor for a name used in this article; a name the article's entities lack goes by key. */
        public String of(String name) {
            if (name == null) return null;
            String n = names.get(key(name));
            return n != null ? n : fallback.apply(name);
        }

        /** True when a canonical name is a state's ("South Korea"), as opposed to a person or body of it. */
        public boolean isState(String canonical) { return canonical != null && states.test(canonical); }
    }

    /**
     * Seeds the base with a PETRARCH actor dictionary, before any article is read: names, synonyms, and the code in
     * force for the newest dates, since the news we read is recent.
     */
    public void importPetrarch(Collection<ActorEntry> entries) {
        for (ActorEntry e : entries) {
            String name = PetrarchPhrase.titleCase(e.phrase());
            String country = e.latestCode().map(ActorCode::country).orElse(null);
            String sector = e.latestCode().flatMap(ActorCode::sector).orElse(null);
            EntityType type = sector == null ? EntityType.COUNTRY : name.split(" ").length <= 4 ? EntityType.PERSON : EntityType.ORGANIZATION;
            Actor a = actor(name, type);
            // a dictionary's state is the person's, as one his words gave would be
            if (a.country == null) a.country = country;
            a.countryStated |= a.country != null;
            if (a.sector == null) a.sector = sector;
            for (String synonym : e.synonyms()) {
                String s = PetrarchPhrase.titleCase(synonym);
                a.alias(s);
                byAlias.putIfAbsent(key(s), a);
            }
        }
    }

    /**
     * Resolves and records the actors of one article.
     *
     * @param date    the article's publication date (TimeML), for the first/last-seen dates of roles
     * @param context canonical names of the actors of the article's story thread so far
     */
    public Resolution observe(Annotated annotated, String date, Collection<String> context) {
        Map<String, String> names = new HashMap<>();
        for (Entity mention : annotated.entities()) {
            if (!ACTOR_TYPES.contains(mention.type())) continue;
            Entity line = oneLine(mention);
            // "Cambodian Prime Minister X", "a Chinese delegation led by X": the state his own words give him
            String stated = line.type() == EntityType.PERSON ? PersonStates.of(annotated.article().body(), mention, line.role()) : null;
            Entity e = stated == null ? line : line.withCountry(stated);
            String coded = e.canonical() != null && !e.canonical().isBlank() ? e.canonical() : e.text();
            // "Raul Castro Ruz" coded as "Fidel Castro" by the surname they share is another person: neither the
            // coded name nor the codes that came with it are his
            boolean otherPerson = e.type() == EntityType.PERSON && (AliasRules.isOtherPerson(e.text(), coded)
                    // ... as is a one-word name the language layer tied to a full name the article gives only later
                    || !e.text().strip().contains(" ") && AliasRules.namedInFullOnlyLater(coded, e, annotated.entities()));
            String given = otherPerson ? e.text().strip() : coded;
            // the text's own spelling, not a dictionary's respelling of it ("Kim Jong Un", never "Kim Jong-un")
            boolean namedAfter = extendsName(e.text(), given);
            String raw = namedAfter || key(e.text()).equals(key(given)) ? e.text().strip() : given;
            // "Army", "Police": not an actor of its own; the event keeps the word, uncoded
            if (GenericParticipants.isGeneric(raw)) continue;
            // "Committee", "Solidarity": a kind of body, which every state has, not one body
            if (e.type() != EntityType.PERSON && ProperNames.isBareCommonNoun(raw)) continue;
            // ... and "Government" is a state's only when a state owns it: "Heads of State and Government of the
            // African Union" gives the union, which has no government ("IGO Government": the code stood for a state)
            boolean kindWord = e.type() != EntityType.PERSON && ProperNames.isBareCommonNoun(e.text());
            if (kindWord && e.country() != null && !CountryCodes.isState(e.country())
                    && key(raw).equals(key(e.country() + " " + e.text()))) continue;
            // "the South" of "the South Headquarters", "NK" of "Daily NK": a piece of a longer name, no name of its own
            boolean piece = ProperNames.insideLongerName(annotated.article().body(), mention.start(), mention.end(),
                    e.type() == EntityType.PERSON);
            // ... and a body known by no other mention ("People's Solidarity" of a longer name) is no actor
            if (piece && e.type() != EntityType.PERSON && e.type() != EntityType.COUNTRY
                    && actors.get(key(raw)) == null && byAlias.get(key(raw)) == null) continue;
            // "National Assembly", "Central Committee" with no state: every state's, no actor of its own either
            if (e.country() == null && e.type() != EntityType.PERSON && AliasRules.isOrganKind(raw)) continue;
            // a person's tag on a title ("Bolivian ambassador") or on a place ("Kumi Inlet"): no person to file
            if (e.type() == EntityType.PERSON && (AliasRules.isTitleWithoutName(raw) || AliasRules.hasPlaceHead(raw))) continue;
            // "Democratic Party": every state has one; the actor is the party of this mention's state
            String wanted = e.type() == EntityType.ORGANIZATION && PartyStates.isSharedName(raw)
                    ? PartyStates.keyed(raw, e.country(), annotated.article().body(), e.start(), e.end(), annotated.article().headline())
                    : raw;
            String canonical = names.computeIfAbsent(key(raw), k -> namesake(resolve(wanted, e, context, namedAfter,
                    annotated.entities()), e, mention, annotated.article().body()));
            // "the Lee group", "Kim's side": a family name no full name resolved, naming a group, no one of its own
            if (e.type() == EntityType.PERSON && !canonical.strip().contains(" ")
                    && ProperNames.modifiesGroupNoun(annotated.article().body(), mention.end())) continue;
            // "Kim Il Sung University" tagged as its namesake is an organisation or place named after him
            // ... and a newspaper or school tagged as a person ("Liao Yang Daily") is a body too
            boolean body = namedAfter || e.type() == EntityType.PERSON && AliasRules.hasBodyHead(canonical);
            Actor a = actor(canonical, body ? EntityType.ORGANIZATION : e.type());
            a.mentions++;
            if (a.country == null && !wanted.equals(raw)) a.country = PartyStates.stateOf(canonical);
            // the state his words give him, once, beats the one a mention of no such words was coded with; only a
            // mention written as his name says so: a short name tied to him by the thread may be another man
            boolean statedOfHim = stated != null && key(raw).equals(key(a.name));
            if (statedOfHim && !a.countryStated && overrides.codesOf(a.name) == null) a.country = stated;
            a.countryStated |= statedOfHim;
            if (a.country == null && !otherPerson) a.country = e.country();
            // "the Democratic Labor Party of south Korea": the state its reports name after the name
            if (e.country() == null && a.type == EntityType.ORGANIZATION) {
                String named = StateAfterName.of(annotated.article().body(), e.end());
                if (named != null) a.statesNamed.add(named);
            }
            if (a.sector == null && !otherPerson) a.sector = e.sector();
            if (a.sector == null && a.type != EntityType.PERSON) a.sector = NameCodes.describedSector(annotated.article().body(), mention.start());
            // "Gaza Strip" coded as Palestine, "Palestinian officials", "the committee": mentions of another entity
            boolean other = !key(e.text()).equals(key(a.name)) && AliasRules.isOtherEntity(e, a.name, a.type);
            // a dictionary's respelling reached through a title ("leader" -> "Kim Jong-un") is no spelling of the text,
            // nor a title a person was called by earlier in the article ("Sudan president"), unless the user said so
            boolean spelling = a.type != EntityType.PERSON || key(raw).equals(key(a.name)) || sharesNameWord(raw, a.name)
                    || overrides.aliasOf(raw) != null;
            if (!other && !piece && !kindWord && spelling && (raw.equals(e.text().strip()) || !key(raw).equals(key(a.name)))) a.alias(raw);
            boolean byName = !other && (a.type != EntityType.PERSON || sharesNameWord(e.text(), a.name));
            // "Government" for the Ruritanian government is a word any state's government is called by: no name of it
            if (byName && !piece && !kindWord && !PRONOUNS.contains(e.text().toLowerCase(Locale.ROOT))) a.alias(e.text());
            // a role comes with the person's name ("Foreign Minister Pak Ui Chun"), not with a pronoun or a bare
            // title the language stage tied to someone ("the ambassador")
            // ... and written beside that name in this sentence, not spread from another mention or a dictionary
            if (byName && e.role() != null && date != null && RoleEvidence.attached(annotated.article().body(), mention, e.role())) {
                a.role(e.role().strip(), date);
            }
            names.putIfAbsent(key(e.text()), canonical);
        }
        for (Entity[] pair : CoordinatedNames.pairs(annotated.article().body(), annotated.entities())) {
            String a = names.get(key(pair[0].text())), b = names.get(key(pair[1].text()));
            if (a != null && b != null && !key(a).equals(key(b))) coordinated.add(twoPeople(a, b));
        }
        return new Resolution(names, this::canonical, this::isState);
    }

    /**
     * The person a resolved name is in this mention: the known person of that name, or his namesake of another state
     * ({@link Namesakes}): one already known under the name keyed by that state, or a new one when the mention's
     * title and state are another man's.
     */
    private String namesake(String canonical, Entity e, Entity mention, String body) {
        Actor known = actors.get(key(canonical));
        if (known == null || known.type != EntityType.PERSON || e.type() != EntityType.PERSON
                || known.country == null || e.country() == null || known.country.equals(e.country())) return canonical;
        String keyed = Namesakes.keyed(known.name, e.country());
        if (actors.containsKey(key(keyed))) return actors.get(key(keyed)).name;
        String role = e.role() != null && RoleEvidence.attached(body, mention, e.role()) ? e.role() : null;
        return Namesakes.another(known.country, known.sector, known.roles.keySet(), e.country(), e.sector(), role)
                ? keyed : canonical;
    }

    /** True when the actor of that canonical name is a state. */
    public boolean isState(String canonical) {
        Actor a = actors.get(key(canonical));
        return a != null && a.type == EntityType.COUNTRY;
    }

    /** The canonical name for a name seen outside any entity list (an event participant), by key or alias only. */
    public String canonical(String name) {
        if (name == null) return null;
        String fixed = overrides.aliasOf(name);
        if (fixed != null) return fixed;
        Actor a = actors.get(key(name));
        if (a == null) a = byAlias.get(key(name));
        return a == null ? withoutArticle(name) : a.name;
    }

    /**
     * Joins the people written under several full names into one actor under the most frequent form
     * ({@link PersonVariants}); the variants become its aliases. Returns every variant name merged so far -> the
     * name it is now part of, for the events that still carry the variant.
     */
    public Map<String, String> joinVariants() {
        List<PersonVariants.Name> people = new ArrayList<>();
        for (Actor a : actors.values()) {
            // a namesake keyed by his state ("Kim Chol (CHN)") is another man than the name's first bearer, always
            if (a.type == EntityType.PERSON && a.mentions > 0 && !a.name.endsWith(")")) people.add(new PersonVariants.Name(a.name, a.country, a.mentions));
        }
        PersonVariants.renames(people, (a, b) -> coordinated.contains(twoPeople(a, b))).forEach((from, to) -> {
            if (overrides.forbids(from, to)) return;
            Actor source = actors.remove(key(from)), target = actors.get(key(to));
            target.absorb(source);
            byAlias.put(key(from), target);
            byNamePart.values().forEach(l -> l.remove(source));
            merged.replaceAll((k, v) -> v.equals(from) ? to : v);
            merged.put(from, to);
        });
        return Map.copyOf(merged);
    }

    /** One key for two names, whichever comes first. */
    private static String twoPeople(String a, String b) {
        String x = key(a), y = key(b);
        return x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
    }

    private String resolve(String raw, Entity e, Collection<String> context, boolean namedAfter, List<Entity> article) {
        String fixed = overrides.aliasOf(raw);
        if (fixed != null) return fixed;
        Actor known = actors.get(key(raw));
        if (known == null) known = byAlias.get(key(raw));
        if (known == null && e.type() != EntityType.PERSON) known = bodyWrittenJoined(raw);
        if (known != null && !overrides.forbids(raw, known.name)) return stateless(known, raw, e) ? statedForm(known, raw, e) : known.name;
        if (e.type() != EntityType.PERSON) return raw;
        // "H.E. Generalissimo Kim Jong Il": the person addressed by his titles, resolved as his name
        String bare = AliasRules.withoutTitles(raw);
        if (!namedAfter && !bare.equals(raw)) return resolve(bare, e, context, false, article);
        // a body named after a person ("Kim Il Sung University") is not his name written longer
        if (raw.strip().contains(" ")) return namedAfter ? raw : fullerOrShorter(raw, e);
        // A short name: "Lee", "Biegun". Which known full name could it be, and does the context agree?
        List<Actor> fits = new ArrayList<>();
        for (Actor c : byNamePart.getOrDefault(NameKeys.wordKey(raw), List.of())) {
            if (overrides.forbids(raw, c.name)) continue;
            // "Vijay, vice-president of ..., Vijay Chopra, director of ...": a short form refers back, never forward
            if (AliasRules.namedInFullOnlyLater(c.name, e, article)) continue;
            boolean inThread = context.contains(c.name);
            boolean sameCountryAndRole = e.country() != null && e.country().equals(c.country)
                    && e.role() != null && c.roles.containsKey(e.role().strip().toLowerCase(Locale.ROOT));
            if (inThread || sameCountryAndRole) fits.add(c);
        }
        return fits.size() == 1 ? fits.get(0).name : raw;
    }

    /**
     * The body, state or group whose name is this one with its words written joined or apart ("Jajuminbo", "Jaju
     * Minbo"; "Kimchaek University of Technology", "Kim Chaek University of Technology"): a paper or a school is one
     * body however its name is broken. Never a person: a name written as one word is a place or a thing named after
     * the person ("Kimchaek", the city of "Kim Chaek"), which is why the name key keeps the blanks.
     */
    private Actor bodyWrittenJoined(String raw) {
        Actor a = bodiesJoined.get(NameKeys.wordKey(withoutArticle(raw)));
        return a == null || a.type == EntityType.PERSON ? null : a;
    }

    /**
     * A full name first met without its state ("Dmitri Medvedev" in a list of guests) started an actor of its own
     * because it could not be placed; a later mention that gives the state is the one known person of that state
     * it is another form of ({@link #fullerOrShorter}), if any. Else the variant's reports would key their events
     * apart from his until the record is read, too late to merge them.
     */
    private static boolean stateless(Actor known, String raw, Entity e) {
        return known.type == EntityType.PERSON && known.country == null && e.type() == EntityType.PERSON
                && e.country() != null && raw.strip().contains(" ");
    }

    private String statedForm(Actor known, String raw, Entity e) {
        String fit = fullerOrShorter(raw, e);
        return key(fit).equals(key(raw)) ? known.name : fit;
    }

    /**
     * A full name another form of one known person's name ("Dilma Vana Rousseff" after "Dilma Rousseff", "Hugo Chavez"
     * after "Hugo Chavez Frias") is that person when the mention and the person are of one state and no other known
     * person's name fits; else the name as written. Without the state two people of one family name ("Norodom
     * Sihanouk", "Norodom Monineath Sihanouk") or a name cut short ("Ri Yong" of many) would become one. A name
     * spelt otherwise word by word ("Dmitry Medvedev", "Dmitri Medvedev") is found by its last word too.
     */
    private String fullerOrShorter(String raw, Entity e) {
        if (e.country() == null) return raw;
        String[] words = raw.strip().split("\\s+");
        Set<Actor> fits = new LinkedHashSet<>();
        for (String part : new LinkedHashSet<>(List.of(words[0], words[words.length - 1]))) {
            for (Actor c : byNamePart.getOrDefault(NameKeys.wordKey(part), List.of())) {
                if (c.type != EntityType.PERSON || !e.country().equals(c.country) || overrides.forbids(raw, c.name)) continue;
                if (AliasRules.isShorterForm(raw, c.name) || AliasRules.isShorterForm(c.name, raw)
                        || AliasRules.isOtherSpelling(raw, c.name)) fits.add(c);
            }
        }
        return fits.size() == 1 ? fits.iterator().next().name : raw;
    }

    private Actor actor(String name, EntityType type) {
        String k = key(name);
        Actor a = actors.get(k);
        if (a == null) {
            a = new Actor(name, type);
            actors.put(k, a);
            if (type != EntityType.PERSON) bodiesJoined.putIfAbsent(NameKeys.wordKey(withoutArticle(name)), a);
            String[] parts = name.strip().split("\\s+");
            if (type == EntityType.PERSON && parts.length >= 2) {
                // Family name first (Lee Do-hoon) or last (Stephen Biegun): a short name may be either end.
                for (String p : new LinkedHashSet<>(List.of(parts[0], parts[parts.length - 1]))) {
                    byNamePart.computeIfAbsent(NameKeys.wordKey(p), x -> new ArrayList<>()).add(a);
                }
            }
        }
        ActorOverrides.Codes codes = overrides.codesOf(a.name);
        if (codes != null) {
            if (codes.country() != null) a.country = codes.country();
            if (codes.sector() != null) a.sector = codes.sector();
            if (codes.type() != null) a.type = codes.type();
        }
        return a;
    }

    /** Every actor, most active first. */
    public List<ActorProfile> profiles(Map<String, Integer> eventCounts) { return profiles(eventCounts, Map.of()); }

    /**
     * Every actor, most active first. An actor its mentions gave no state takes the one state its events code it
     * with ({@code eventStates}: participant name -> the states of its participants), when they agree: the event
     * coder reads the story's setting and the headline, which a bare mention ("Chairman Mamoru Kitahara") lacks.
     */
    public List<ActorProfile> profiles(Map<String, Integer> eventCounts, Map<String, Set<String>> eventStates) {
        List<ActorProfile> out = new ArrayList<>();
        for (Actor a : actors.values()) {
            List<ActorProfile.Role> roles = new ArrayList<>();
            a.roles.forEach((k, v) -> roles.add(new ActorProfile.Role(v[0], v[1], v[2])));
            // every other spelling is an alias, so that a search for any of them finds the actor
            // and a bare surname only when no other known full name has it, unless the user said so
            List<String> aliases = a.aliases.stream().filter(s -> !s.equals(a.name))
                    .filter(s -> a.type != EntityType.PERSON || overrides.aliasOf(s) != null
                            || AliasRules.isOwnShortName(s, a.name, bearers(s)) && !AliasRules.isOtherPerson(s, a.name))
                    // a state's "Congo" of "Republic of the Congo" is the state itself, not a body it belongs to
                    .filter(s -> a.type == EntityType.COUNTRY || !AliasRules.isNamesake(s, a.name))
                    // "H.E. Kim Jong Il" is the person addressed by a title; "Foreign Ministry" every state's ministry
                    .filter(s -> a.type != EntityType.PERSON || overrides.aliasOf(s) != null
                            || !AliasRules.isTitledName(s, a.name))
                    .filter(s -> a.type == EntityType.PERSON || a.type == EntityType.COUNTRY || overrides.aliasOf(s) != null
                            || !AliasRules.isOrganWithoutItsState(s, a.name))
                    .toList();
            // a body its mentions gave no state: the one state its reports name after its name, if they agree
            // ... the state and sector its own name carries ("Socialist Party of Romania"), else
            boolean body = a.type == EntityType.ORGANIZATION || a.type == EntityType.GROUP;
            String country = a.country != null || !body ? a.country : NameCodes.state(a.name);
            String sector = a.sector != null || !body ? a.sector : NameCodes.sector(a.name);
            // the sector his offices and the bodies his titles name give, where his mentions gave none or one
            // read off a word of his title ({@link NameCodes#personSector})
            if (a.type == EntityType.PERSON) sector = NameCodes.personSector(sector, roles.stream().map(ActorProfile.Role::role).toList());
            if (country == null && a.statesNamed.size() == 1) country = a.statesNamed.iterator().next();
            Set<String> coded = eventStates.getOrDefault(a.name, Set.of());
            if (country == null && a.type != EntityType.COUNTRY && coded.size() == 1) country = coded.iterator().next();
            out.add(new ActorProfile(a.name, a.type, country, sector, aliases, roles,
                    eventCounts.getOrDefault(a.name, 0)));
        }
        out.sort(Comparator.comparingInt(ActorProfile::events).reversed().thenComparing(ActorProfile::name));
        return out;
    }

    /** The known full names of people with this word at either end ("Kim" -> "Kim Jong Il", "Kim Yong Nam"). */
    private List<String> bearers(String word) {
        return byNamePart.getOrDefault(NameKeys.wordKey(word), List.of()).stream().map(b -> b.name).toList();
    }
}
