package org.dateline.core.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.dateline.core.language.AgencyHomes;
import org.dateline.core.language.Gazetteer;
import org.dateline.core.language.GazetteerEntry;
import org.dateline.core.language.LeadSetting;
import org.dateline.core.language.Sentence;
import org.dateline.core.language.StorySetting;
import org.dateline.core.resources.ResourceFile;
import org.dateline.model.CountryCodes;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Participant;
import org.dateline.model.Sector;

/**
 * What the coder knows about the article so far: its people, the events already coded (for "they", and for the
 * counterpart of a demand that names none: {@link EarlierEvents} reads them), the actor dictionary. One per article,
 * confined to one thread.
 */
final class ArticleContext {
    final Article article;
    final Gazetteer gazetteer;
    final ActorDictionary dictionary;
    final List<Draft> events = new ArrayList<>();
    /** The issuer of the document whose words the sentence being coded is, in a block quoted at length ({@link DocumentContent}). */
    List<Participant> blockVoice = List.of();
    /** The sentence before the one being coded, for a distance counted from the moment it dates ("a day after"). */
    Sentence sentenceBefore;
    /**
     * The passage a "this" opening on it sums up ("X again hurt the dignity of Y. This was a hideous provocation. The
     * paper says this in a commentary."): the sentences of the paragraph that holds the sentence before, up to it, at
     * most {@value #PASSAGE_REACH}, nearest first.
     */
    List<Sentence> passageBefore = List.of();
    private final List<Sentence> paragraph = new ArrayList<>();
    private static final int PASSAGE_REACH = 3;
    /** The main-clause subject of the sentence before, for a pronoun opening the next one. */
    final CarriedSubjects carriedSubjects = new CarriedSubjects();
    /** The people of the latest group named with its leader ("a delegation led by X"): who "the delegation" is. */
    List<Participant> lastLedGroup = List.of();
    /** The ruling body last named after its head ("the Lee Myung Bak group"): whom "the group of traitors" means. */
    Participant lastRulingGroup;
    /** Who issued the latest document the article names ("X issued a statement"): who "the statement" is. */
    List<Participant> lastDocumentAuthors = List.of();
    /** The day the latest document was issued, when its clause gave one ("made public a statement on May 5"), or null. */
    org.dateline.model.TimeExpression lastDocumentDate;
    /** The state of the dateline's place ("KYIV (Reuters) -" UKR), or null: whose police or officials an unplaced noun means. */
    final String datelineCountry;
    /** The state the story is set in ({@link StorySetting}: the dateline's, else its headline's), or null. */
    final String settingCountry;
    /**
     * The one state the story is about, when its places, nationalities, countries and people name one state far more
     * than any other, or null: whose prosecutors, judges or lawmakers a page with no dateline means.
     */
    final String homeState;
    /**
     * The state a story with no dateline is set in by its lead ({@link LeadSetting}: "A meeting was held in Pyongyang",
     * "The DPRK celebrated"), unless its headline sets it in another; null when neither tells or they disagree.
     */
    final String leadCountry;
    /** Whether the story so far tells of a disaster and of no attack (headline, then each sentence as it is read). */
    final StoryCauses causes = new StoryCauses();
    /** Whose the story's bare visitor nouns are ("the visitors", "the guests"). */
    final VisitingParty visitors;
    /** Whether the page is a sports report ({@link SportsPages}): its verbs of force tell plays. */
    final boolean sportsPage;
    /** Whether the page reports no public affairs ({@link LeisurePages}): only acts with a public party are events. */
    final boolean leisurePage;
    /** The people the story looks back on ({@link RetrospectiveSubjects}): their undated plain-past acts are their life's. */
    final Set<String> lookedBackOn;
    /** The past the story is telling, for the undated acts of the sentences that go on telling it. */
    final NarratedPast narrated;
    /** The day a visit story is on, for the undated acts told after it ({@link VisitDays}). */
    final VisitDays visitDays;
    /** The time an occasion story is on, for the undated acts told after its lead ({@link OccasionStories}). */
    final OccasionStories occasionStories;
    /** Who gathered and who spoke at the story's latest gathering that named them: whom "the speakers" means. */
    final Gatherings gatherings = new Gatherings();
    /**
     * The one the story's acts abroad honour, once a sentence told gatherings or committees abroad for him
     * ({@link ListedGatherings}): a later list of gatherings that names no one ("Meanwhile, film shows took place in
     * A and B") and the speakers at them ({@link GatheringSpeakers}) honour him too; null until then.
     */
    Participant honouredAbroad;
    /** The countries of the latest sentence's acts abroad in honour of {@link #honouredAbroad}: where "the speakers" spoke. */
    Set<String> countriesAbroad = Set.of();

    /** Remembers the one a sentence's acts abroad honour and the countries they were in. */
    void rememberAbroad(Participant honoured, Collection<String> countries) {
        honouredAbroad = honoured;
        countriesAbroad = new LinkedHashSet<>(countries);
    }
    /** The dated speech occasion whose speaker the next sentences may name again ({@link SpeechOccasions}). */
    final SpeechOccasions occasions = new SpeechOccasions();
    /** The lead's undated acts and the occasion the next sentences may date them by ({@link LeadOccasions}). */
    final LeadOccasions leads = new LeadOccasions();
    private final Map<String, Integer> personMentions = new HashMap<>();
    private final Map<String, Entity> personByName = new HashMap<>();

    /** Moves on to sentence s, after the sentence before it: a line break between them opens a new paragraph. */
    void readPassage(Sentence before, Sentence s) {
        if (before == null) return;
        paragraph.add(before);
        List<Sentence> nearestFirst = new ArrayList<>(paragraph.subList(Math.max(0, paragraph.size() - PASSAGE_REACH), paragraph.size()));
        Collections.reverse(nearestFirst);
        passageBefore = List.copyOf(nearestFirst);
        String body = article.body();
        if (body != null && before.end() <= s.start() && s.start() <= body.length()
                && body.substring(before.end(), s.start()).indexOf('\n') >= 0) paragraph.clear();
    }

    /**
     * The doers of the latest protest the story has told ("5,000 workers held a rally"), or none: who "the ralliers"
     * and "the strikers" are ({@link GatheringPeople}).
     */
    List<Participant> lastProtesters() {
        Draft protest = EarlierEvents.lastProtest(events);
        return protest == null ? List.of() : List.copyOf(protest.actors);
    }

    /** The sentence of the latest protest with doers the story has told, or -1. */
    int lastProtestSentence() {
        Draft protest = EarlierEvents.lastProtest(events);
        return protest == null ? -1 : protest.sentence;
    }

    /** The protesters a "they" stands for, their protest just told ({@link EarlierEvents#protestersJustTold}). */
    List<Participant> protestersJustTold(int sentence) { return EarlierEvents.protestersJustTold(events, sentence); }

    ArticleContext(Article article, List<Entity> entities, Gazetteer gazetteer, ActorDictionary dictionary, Sentence lead) {
        this.article = article;
        this.gazetteer = gazetteer;
        this.dictionary = dictionary;
        this.datelineCountry = gazetteer == null ? null : gazetteer.countryOfPlace(article.datelinePlace());
        this.settingCountry = StorySetting.of(datelineCountry, article.headline(), gazetteer);
        causes.readHeadline(article.headline());
        this.visitors = new VisitingParty(article.headline(), gazetteer);
        PageWords words = PageWords.of(article);
        this.sportsPage = SportsPages.sportsPage(words);
        this.leisurePage = LeisurePages.leisurePage(words, article.url(), article.headline());
        this.homeState = HomeState.of(HomeState.placed(entities, dictionary, article.publicationDate()));
        this.lookedBackOn = RetrospectiveSubjects.of(article.headline(), article.body(), entities);
        this.narrated = new NarratedPast(article.publicationDay().orElse(null), article.body());
        this.visitDays = new VisitDays(article.publicationDay().orElse(null), article.headline(), article.body());
        this.occasionStories = new OccasionStories(article.publicationDay().orElse(null), article.body());
        String led = datelineCountry == null ? LeadSetting.of(lead) : null;
        this.leadCountry = settingCountry == null || settingCountry.equals(led) ? led : null;
        List<Entity> inOrder = new ArrayList<>(entities);
        inOrder.sort(Comparator.comparingInt(Entity::start));
        Entity before = null;
        for (Entity e : inOrder) {
            Entity prev = before;
            before = e;
            if (e.type() == EntityType.NATIONALITY && e.country() != null) rememberNationality(e);
            if (e.type() != EntityType.PERSON && e.type() != EntityType.PRONOUN) continue;
            if (e.canonical() == null) continue;
            if (e.country() == null) e = placedBy(prev, e);
            personMentions.merge(e.canonical(), 1, Integer::sum);
            Entity known = personByName.get(e.canonical());
            if (known == null || known.country() == null && e.country() != null) personByName.put(e.canonical(), e);
            if (e.role() != null && isEnvoyRole(e.role())) envoys.add(e.canonical());
        }
        rememberHeadlineNationalities();
        lastRulingGroup = PersonNamedGroups.firstNamedIn(this, inOrder);
    }

    private static final Set<String> ENVOY_WORDS = new HashSet<>();

    static {
        for (String[] r : ResourceFile.rows(ArticleContext.class, "envoy-roles.txt")) ENVOY_WORDS.add(r[0].strip());
    }

    private final Set<String> envoys = new HashSet<>();

    /** True for a role word of a state's negotiator ("envoy", "counterparts"): see envoy-roles.txt. */
    static boolean isEnvoyWord(String lowerWord) { return ENVOY_WORDS.contains(lowerWord); }

    private static boolean isEnvoyRole(String role) {
        for (String w : role.toLowerCase(Locale.ROOT).split("[^a-z]+")) if (ENVOY_WORDS.contains(w)) return true;
        return false;
    }

    /**
     * "Japan's Kenji Morita", "Japanese envoy Kenji Morita": a person the language layer left without a country takes
     * the one of the state or nationality written right before the name (a possessive and up to two role words).
     */
    private Entity placedBy(Entity prev, Entity person) {
        if (prev == null || !CountryCodes.isState(prev.country()) || prev.end() > person.start()) return person;
        if (prev.type() != EntityType.COUNTRY && prev.type() != EntityType.NATIONALITY && !isCountryName(prev)) return person;
        String gap = article.body().substring(prev.end(), person.start());
        if (!gap.matches("(['\u2019]s)?\\s+([a-z-]+\\s+){0,2}")) return person;
        return person.withCountry(prev.country());
    }

    /**
     * The person of a country the article mentions most, among those with an envoy's role when there are such: whom
     * "the envoys of South Korea, ..." stands for.
     */
    Participant keyPerson(String country) {
        String best = null;
        int n = 0;
        boolean envoyKnown = personMentions.keySet().stream()
                .anyMatch(k -> envoys.contains(k) && country.equals(personByName.get(k).country()));
        for (Map.Entry<String, Integer> m : personMentions.entrySet()) {
            Entity e = personByName.get(m.getKey());
            if (envoyKnown && !envoys.contains(m.getKey())) continue;
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
            if (e.canonical().equals(word)) continue; // the surname written alone is no other person
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
    /** The noun right after each nationality adjective of the article, as written, with its first country. */
    private final Map<String, String> nounNationality = new HashMap<>();
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+([A-Za-z-]+)");

    private void rememberNationality(Entity e) {
        var m = NEXT_WORD.matcher(article.body()).region(e.end(), article.body().length());
        if (m.lookingAt()) nounNationality.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), e.country());
        visitors.nationalityBefore(article.body(), e.end(), e.country());
    }

    /**
     * "Chilean Miners Detained in Peru": a nationality the headline gives a noun places that noun in the body ("six
     * miners"), after the body's own nationalities (read first), as it would had the body written it.
     */
    private void rememberHeadlineNationalities() {
        String h = article.headline();
        if (h == null || gazetteer == null) return;
        gazetteer.wholeWords(h, Gazetteer.WordEdges.LETTERS_OR_DIGITS)
                .filter(m -> m.entry().kind() == GazetteerEntry.Kind.DEMONYM && CountryCodes.isState(m.entry().country()))
                .forEach(m -> {
                    var next = NEXT_WORD.matcher(h).region(m.end(), h.length());
                    if (!next.lookingAt()) return;
                    nounNationality.putIfAbsent(next.group(1).toLowerCase(Locale.ROOT), m.entry().country());
                });
    }

    /**
     * The country an actor noun had where the article first gave it a nationality ("Polish farmers ended the
     * blockade ... They were joined by farmers who demanded": POL), or null.
     */
    String nationalityOfNoun(String lowerWord) { return nounNationality.get(lowerWord); }

    /** True for a person the article names (the language layer's or one a clause taught): not a body or a group. */
    boolean isPerson(String name) {
        return personByName.containsKey(name) || learned.containsKey(name);
    }

    /** A person named in full by a clause the language layer had no entity for. */
    void learn(Participant p) { learned.putIfAbsent(p.name(), p); }

    /** Who an unresolved "he" or "she" is: an event's lone actor just told ({@link EarlierEvents#lastLoneActor}). */
    List<Participant> lastLoneActor(int sentence) { return EarlierEvents.lastLoneActor(events, sentence); }

    /** The participants of the latest event with several of them: who "they" and "the two" are. */
    List<Participant> lastGroup() { return EarlierEvents.lastGroup(events); }

    /** Whom an actor dealt with lately: an addressee left implicit ({@link EarlierEvents#counterpart}). */
    Participant counterpart(Participant actor) { return EarlierEvents.counterpart(events, actor); }

    /**
     * A participant from an entity; states (and places standing for them) act through their government. A name the
     * gazetteer cannot place is coded by the actor dictionaries at the article's date.
     */
    Participant participant(Entity e) {
        Participant p = asNamed(e);
        if (p.country() != null || dictionary.isEmpty()) return p;
        var c = dictionary.lookup(e.text(), article.publicationDate());
        if (c.isEmpty()) c = dictionary.lookup(p.name(), article.publicationDate());
        return c.isPresent() ? new Participant(p.name(), c.get().country(), c.get().sector()) : p;
    }

    /** A participant from an entity as the gazetteer knows it, before any dictionary: the text's own word first. */
    Participant asNamed(Entity e) {
        String name = e.canonical() != null ? e.canonical() : e.text();
        String country = e.country();
        String sector = e.sector();
        boolean state = e.type() == EntityType.COUNTRY || isCountryName(e);
        if (state && country != null) {
            String n = gazetteer.countryName(country);
            if (n != null) name = n;
            if (sector == null) sector = Sector.GOV.code();
        }
        // a body of states (the UN, its Security Council, the African Union) or its officer acts as the governments it
        // is made of: IGO GOV, as the conventions write it (CODING.md question 9); an agency's own sector (UNO) stays
        if (CountryCodes.INTERNATIONAL.equals(country) && Sector.IGO.is(sector)) sector = Sector.GOV.code();
        Participant p = new Participant(name, country, sector);
        // "the X Friendship Association", "the Socialist Party of X": a body's name gives its sector; "Y, chairman of
        // the X Friendship Association" and "the chairman of the X Association": so does the body his title names
        if (e.type() == EntityType.PERSON) return BodySeats.holder(p, BodySeats.seatOf(e, article.body()));
        return BodySeats.named(p, e, article.body());
    }

    boolean isCountryName(Entity e) {
        if (e.country() == null) return false;
        String n = gazetteer.countryName(e.country());
        return n != null && n.equals(e.canonical());
    }

    /**
     * The country of the place a story is filed from, which "here" names ("the delegation arrived here"): the country of
     * its dateline place, else the home of its news agency ({@code agency-homes.tsv}); null when neither is known.
     */
    Participant here() {
        String iso = datelineCountry;
        if (iso == null) iso = AgencyHomes.of(article.agency());
        if (!CountryCodes.isState(iso)) return null;
        return new Participant(gazetteer.countryName(iso), iso, Sector.GOV.code());
    }


    /** The country a place entity lies in, as a participant (a visit to Washington is a visit to the U.S.). */
    Participant countryOf(Entity e) {
        if (!CountryCodes.isState(e.country())) return null;
        String n = gazetteer.countryName(e.country());
        return n == null ? null : new Participant(n, e.country(), Sector.GOV.code());
    }
}
