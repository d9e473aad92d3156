package org.dateline.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.dateline.core.quote.QuoteFinder;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Quote;
import org.junit.jupiter.api.Test;

/** Behaviour on sentences written for these tests. Uses the one shared CoreNLP instance (loaded once). */
class LanguageAnalyzerTest {
    static final LanguageAnalyzer ANALYZER = LanguageAnalyzer.standard();

    static Article article(String body, String byline, String dateline, String language) {
        return new Article("t", "test", null, "Headline", byline, null, dateline, null, null, false, List.of(), null, null,
                language, body, "h");
    }

    static Analysis analyze(String body, String byline, String dateline) {
        return ANALYZER.analyze(article(body, byline, dateline, "en"));
    }

    static Optional<Entity> mention(Analysis a, String text, int occurrence) {
        return a.entities().stream().filter(e -> e.text().equals(text)).skip(occurrence).findFirst();
    }

    static Entity the(Analysis a, String text) {
        return mention(a, text, 0).orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + a.entities()));
    }

    @Test
    void capitalsActAsStatesOrStayPlacesByTheirContext() {
        Analysis a = analyze("Tokyo renewed its call for talks on Monday, while Moscow's position remained unclear. "
                + "The minister arrived in Tokyo on Sunday and will fly to Moscow next week. "
                + "Relations between Beijing and Washington soured.", null, null);
        assertThat(mention(a, "Tokyo", 0)).get().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntityType.COUNTRY);
            assertThat(e.canonical()).isEqualTo("Japan");
            assertThat(e.country()).isEqualTo("JPN");
            assertThat(e.sector()).isEqualTo("GOV");
        });
        assertThat(the(a, "Moscow").canonical()).isEqualTo("Russia");
        assertThat(the(a, "Moscow").sector()).isEqualTo("GOV");
        assertThat(mention(a, "Tokyo", 1)).get().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntityType.LOCATION);
            assertThat(e.canonical()).isEqualTo("Tokyo");
            assertThat(e.country()).isEqualTo("JPN");
            assertThat(e.sector()).isNull();
        });
        assertThat(mention(a, "Moscow", 1).orElseThrow().type()).isEqualTo(EntityType.LOCATION);
        assertThat(the(a, "Beijing").canonical()).isEqualTo("China");
        assertThat(the(a, "Washington").canonical()).isEqualTo("United States");
        assertThat(the(a, "Washington").sector()).isEqualTo("GOV");
    }

    @Test
    void itsGoesToTheStateThatWasTheSubjectJustBefore() {
        Analysis a = analyze("Caracas has ignored every appeal from the mediators. Its only reply was a radio address "
                + "on Sunday. The mediators flew home on Monday. The talks lost momentum, and observers doubted "
                + "its value.", null, null);
        assertThat(the(a, "Its")).satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntityType.PRONOUN);
            assertThat(e.canonical()).isEqualTo("Venezuela");
            assertThat(e.country()).isEqualTo("VEN");
        });
        // three sentences on, "its" is the talks', not the state's
        assertThat(mention(a, "its", 0)).isEmpty();
    }

    @Test
    void theNorthIsAStateOnlyInKoreanContext() {
        Analysis korea = analyze("North Korea fired two missiles on Monday. The South condemned the launch, "
                + "and the North rejected the criticism.", null, null);
        assertThat(the(korea, "The South").canonical()).isEqualTo("South Korea");
        assertThat(the(korea, "the North").country()).isEqualTo("PRK");
        assertThat(the(korea, "the North").sector()).isEqualTo("GOV");
        Analysis elsewhere = analyze("Farmers in the North of England protested against the new tax.", null, null);
        assertThat(mention(elsewhere, "the North", 0)).isEmpty();
    }

    @Test
    void aStatesAdjectiveOpeningABodysNameBeatsTheCompassAliasOfKorea() {
        // the story names both Koreas, so "the South" and "the North" would stand for them
        String korea = "North Korea and South Korea held talks on Monday. ";
        Analysis subject = analyze(korea + "The South African Association for Peace issued a statement on Tuesday.", null, null);
        assertThat(the(subject, "South African Association for Peace").country()).isNotEqualTo("KOR");
        Analysis passive = analyze(korea + "A letter was sent by the South African Friendship Society on Tuesday.", null, null);
        assertThat(passive.entities()).noneMatch(e -> e.text().startsWith("the South") && "KOR".equals(e.country()));
        Analysis ofPhrase = analyze(korea + "Members of the North American Solidarity Committee held a rally.", null, null);
        assertThat(ofPhrase.entities()).noneMatch(e -> e.text().contains("North American") && "PRK".equals(e.country()));
        Analysis list = analyze(korea + "The senders were the South African Peace Council, the West African Youth League "
                + "and the North American Peace Society.", null, null);
        assertThat(list.entities()).noneMatch(e -> e.text().contains("South African") && "KOR".equals(e.country()));
        assertThat(list.entities()).noneMatch(e -> e.text().contains("North American") && "PRK".equals(e.country()));
        Analysis relative = analyze(korea + "It was the South Korean delegation that the South received on Tuesday.", null, null);
        assertThat(the(relative, "South Korean").country()).isEqualTo("KOR");
        assertThat(the(relative, "the South").country()).isEqualTo("KOR");
    }

    @Test
    void aSidesBranchOfABodyIsTheBodyPlacedOnThatSideNotTheSidesGovernment() {
        Analysis a = analyze("North Korea and South Korea held talks on Monday. The South Headquarters of the National "
                + "Alliance for Unity issued a statement on Tuesday, and the South rejected it.", null, null);
        Entity branch = a.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION
                && e.text().contains("Headquarters")).findFirst().orElseThrow(() -> new AssertionError(a.entities()));
        assertThat(branch.country()).isEqualTo("KOR");
        assertThat(branch.sector()).isNotEqualTo("GOV");
        assertThat(the(a, "the South").country()).isEqualTo("KOR");
        assertThat(the(a, "the South").sector()).isEqualTo("GOV");
    }

    @Test
    void aRegionOfTheAmericasIsNotTheUnitedStates() {
        Analysis a = analyze("Central American ministers met in Managua on Monday, and the Union of South American "
                + "Nations sent observers. Trade with Latin America grew, an American diplomat said.", null, null);
        assertThat(the(a, "Central American").country()).isNull();
        assertThat(the(a, "Latin America").country()).isNull();
        assertThat(the(a, "Union of South American Nations").country()).isEqualTo("IGO");
        assertThat(the(a, "American").country()).isEqualTo("USA");
    }

    @Test
    void rolesAttachWholeAndGiveCountryAndSector() {
        Analysis a = analyze("French Foreign Minister Marie Dupont met her Italian counterpart Paolo Rossi in Rome on "
                + "Tuesday. Anna Berg, deputy director of the International Atomic Energy Agency, joined them later. "
                + "Rossi left on Wednesday.", null, null);
        Entity dupont = the(a, "Marie Dupont");
        assertThat(dupont.role()).isEqualTo("French Foreign Minister");
        assertThat(dupont.country()).isEqualTo("FRA");
        assertThat(dupont.sector()).isEqualTo("GOV");
        Entity rossi = the(a, "Paolo Rossi");
        assertThat(rossi.role()).isEqualTo("Italian counterpart");
        assertThat(rossi.country()).isEqualTo("ITA");
        Entity berg = the(a, "Anna Berg");
        assertThat(berg.role()).isEqualTo("deputy director of the International Atomic Energy Agency");
        assertThat(berg.country()).isEqualTo("IGO");
        assertThat(berg.sector()).isEqualTo("IGO");
        Entity shortRossi = the(a, "Rossi");
        assertThat(shortRossi.canonical()).isEqualTo("Paolo Rossi");
        assertThat(shortRossi.country()).isEqualTo("ITA");
    }

    @Test
    void aRoleWordUsedAsAVerbBeforeANameIsTheDeedNotHisTitle() {
        Analysis a = analyze("Students joined the campaign to judge Karl Brenner for the fraud. The court's presiding "
                + "judge Erika Vogt opened the hearing. Rebels vowed to head Omar Salim off at the border.", null, null);
        assertThat(the(a, "Karl Brenner").role()).isNull();
        assertThat(the(a, "Karl Brenner").sector()).isNull();
        assertThat(the(a, "Erika Vogt").role()).contains("judge");
        assertThat(the(a, "Omar Salim").role()).isNull();
    }

    @Test
    void aPhraseAfterTheNameIsARoleOnlyWhenItIsANounPhraseNotAnAdverbialOrParticipialRemark() {
        Analysis a = analyze("Maria Lenz, the new leader of the party, spoke first. Tomas Weber, always quoting the "
                + "late leader of the union, spoke next. Ivan Petrov, together with senior officials of the ministry, "
                + "toured the plant. Olga Berg, loyal to the minister of trade, stayed home.", null, null);
        assertThat(the(a, "Maria Lenz").role()).isEqualTo("new leader of the party");
        assertThat(the(a, "Tomas Weber").role()).isNull();
        assertThat(the(a, "Ivan Petrov").role()).isNull();
        assertThat(the(a, "Olga Berg").role()).isNull();
    }

    @Test
    void aTitleChainWrittenStraightBeforeAKnownNameIsTheBodyAndThePersonNotOneOrganisation() {
        Analysis a = analyze("Vice-Chairman of the Central Military Commission of the Workers' Party of Korea Kim Jong Un "
                + "visited a unit on Monday. Students of Kim Il Sung University sang.", null, "PYONGYANG");
        Entity kim = the(a, "Kim Jong Un");
        assertThat(kim.type()).isEqualTo(EntityType.PERSON);
        assertThat(a.entities()).noneMatch(e -> e.type() != EntityType.PERSON && e.text().endsWith("Kim Jong Un"));
        assertThat(the(a, "Kim Il Sung University").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(a.entities()).noneMatch(e -> e.type() == EntityType.PERSON && e.text().equals("Kim Il Sung"));
    }

    @Test
    void shortNamesResolveOnlyWhenUnambiguousAndTheBylineIsNeverAnEntity() {
        Analysis a = analyze("John Park and Mary Park opened the shop in 2010. Park said sales were good. "
                + "Helen Ward watched. Ward disagreed. Tom Weller contributed reporting.", "Tom Weller", null);
        assertThat(the(a, "Park").canonical()).isEqualTo("Park");
        assertThat(the(a, "Ward").canonical()).isEqualTo("Helen Ward");
        assertThat(a.entities()).noneMatch(e -> e.text().contains("Weller")
                || (e.canonical() != null && e.canonical().contains("Weller")));
    }

    @Test
    void roleOnlyMentionsResolveToThePersonNamedLater() {
        Analysis a = analyze("Germany's chief trade envoy held talks in Paris on Tuesday. "
                + "Klaus Weber, special envoy for trade, met French officials.", null, null);
        Entity envoy = a.entities().stream().filter(e -> e.text().contains("chief trade envoy")).findFirst().orElseThrow();
        assertThat(envoy.type()).isEqualTo(EntityType.PERSON);
        assertThat(envoy.canonical()).isEqualTo("Klaus Weber");
        assertThat(the(a, "Klaus Weber").country()).isEqualTo("DEU");
        assertThat(the(a, "French officials").type()).isEqualTo(EntityType.GROUP);
        assertThat(the(a, "French officials").country()).isEqualTo("FRA");
    }

    @Test
    void quotesGetTheirSpeakers() {
        String body = "Italian envoy Paolo Rossi arrived on Monday. \"We are ready to talk,\" Rossi told reporters. "
                + "\"He told me 'wait and see' twice,\" he said.\n\n"
                + "Foreign Minister Marie Dupont said: \"Nothing has changed at all.\"\n\n"
                + "Dupont said that the talks would resume in May. "
                + "The meeting was productive, the foreign ministry said.";
        Analysis a = analyze(body, null, "ROME");
        List<Quote> q = QuoteFinder.find(body, a.sentences());
        assertThat(q).anySatisfy(x -> {
            assertThat(x.text()).isEqualTo("We are ready to talk");
            assertThat(x.speaker()).isEqualTo("Paolo Rossi");
            assertThat(x.kind()).isEqualTo(Quote.DIRECT);
        });
        assertThat(q).anySatisfy(x -> {
            assertThat(x.text()).isEqualTo("He told me 'wait and see' twice");
            assertThat(x.speaker()).isEqualTo("Paolo Rossi");
        });
        assertThat(q).filteredOn(x -> x.text().contains("wait and see")).hasSize(1);
        assertThat(q).anySatisfy(x -> {
            assertThat(x.text()).startsWith("Nothing has changed");
            assertThat(x.speaker()).isEqualTo("Marie Dupont");
        });
        assertThat(q).anySatisfy(x -> {
            assertThat(x.text()).isEqualTo("the talks would resume in May");
            assertThat(x.speaker()).isEqualTo("Marie Dupont");
            assertThat(x.kind()).isEqualTo(Quote.REPORTED);
        });
        assertThat(q).anySatisfy(x -> {
            assertThat(x.text()).isEqualTo("The meeting was productive");
            assertThat(x.speaker()).isEqualTo("Italy Foreign Ministry");
        });
        for (Quote x : q) assertThat(a.entities()).isNotNull().as("offsets").isNotEmpty();
        for (Quote x : q) assertThat(x.end()).isGreaterThan(x.start());
    }

    @Test
    void sentencesCarryTokensAndMentionsAndParsesComeOnDemand() {
        Analysis a = analyze("Lisbon welcomed the plan. Maria Costa visited Madrid.", null, null);
        assertThat(a.sentences()).hasSize(2);
        Sentence s = a.sentences().get(1);
        assertThat(s.tokens()).extracting(Token::word).startsWith("Maria", "Costa", "visited");
        assertThat(s.tokens().get(2).lemma()).isEqualTo("visit");
        assertThat(s.mentions()).extracting(Entity::text).contains("Maria Costa", "Madrid");
        DependencyParse p = ANALYZER.models().parse(s);
        assertThat(p.arcs()).anySatisfy(arc -> {
            assertThat(arc.relation()).isEqualTo("nsubj");
            assertThat(s.tokens().get(arc.head()).word()).isEqualTo("visited");
        });
    }

    @Test
    void nonEnglishArticlesAreSkipped() {
        Analysis a = ANALYZER.analyze(article("Le ministre a rencontré son homologue à Paris.", null, null, "fr"));
        assertThat(a.entities()).isEmpty();
        assertThat(a.sentences()).isEmpty();
    }
}
