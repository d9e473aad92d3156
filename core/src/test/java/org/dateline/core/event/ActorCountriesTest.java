package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * Where an actor is from when its own words say it in a way the name does not: a state written with a lower-case
 * compass word, an organisation "of" a state, nouns sharing an "of" phrase, visitors (not of the dateline's state),
 * a dictionary name that is only a part of a longer name or of a region ("Latin American"), and a nationality written before a noun (or before the
 * first of two coordinated nouns), which outranks the state the story is set in.
 */
class ActorCountriesTest {
    private static List<Event> code(String body) {
        Article a = new Article("t", "test", null, null, null, null, null, null, "2012-06-04", false, List.of(), null,
                null, "en", body, "");
        return GoldEvents.PIPELINE.annotate(a).events();
    }

    private static List<Event> codeFromAgency(String agency, String body) {
        Article a = new Article("t", "test", null, null, null, agency, null, null, "2012-06-04", false, List.of(), null,
                null, "en", body, "");
        return GoldEvents.PIPELINE.annotate(a).events();
    }

    private static List<Participant> everyone(List<Event> es) {
        return es.stream().flatMap(e -> java.util.stream.Stream.concat(e.actors().stream(), e.recipients().stream())).toList();
    }

    @Test void leadersOfARegionOfTheAmericasAreNotAmerican() {
        List<Event> es = code("The Bolivian president met Latin American leaders in La Paz on Tuesday, and South "
                + "American foreign ministers condemned Israel on Wednesday.");
        // no state answers for a region's leaders: better no participant than the United States
        assertThat(everyone(es)).as(GoldEvents.describe(es)).noneMatch(p -> "USA".equals(p.country()));
    }

    @Test void anAmericanEnvoyStaysAmerican() {
        List<Event> es = code("An American envoy met the Bolivian president in La Paz on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.actors().stream()
                .anyMatch(p -> "USA".equals(p.country())));
    }

    @Test void aPartyOfTheSouthWrittenInLowerCaseIsSouthKorean() {
        List<Event> es = code("The Progressive Farmers Party of south Korea denounced the labour minister on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.actors().stream()
                .anyMatch(p -> p.name().contains("Farmers Party") && "KOR".equals(p.country())));
    }

    @Test void aStatesAdjectiveInLowerCaseBeforeAnOrganisationPlacesIt() {
        List<Event> es = code("The south Korean Federation of Fishermen condemned the agriculture ministry on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.actors().stream()
                .anyMatch(p -> p.name().contains("Federation") && "KOR".equals(p.country())));
    }

    @Test void anOrganisationNamedOfAStateBelongsToThatState() {
        List<Event> es = code("The National Union of Bakers of Peru accused the trade minister of lying on Friday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.actors().stream()
                .anyMatch(p -> p.name().contains("Bakers") && "PER".equals(p.country())));
    }

    @Test void coordinatedNounsShareTheStateOfTheirOfPhrase() {
        List<Event> es = code("The army and people of Chile welcomed the decision on Tuesday.");
        assertThat(everyone(es)).as(GoldEvents.describe(es)).isNotEmpty()
                .allMatch(p -> "CHL".equals(p.country()));
    }

    @Test void visitorsAreNotOfTheStateTheStoryIsFiledFrom() {
        List<Event> es = code("SEOUL, June 4 - The delegation praised the organisers of the trade fair on Monday.");
        assertThat(everyone(es)).as(GoldEvents.describe(es)).noneMatch(p -> p.name().toLowerCase().contains("delegation")
                && "KOR".equals(p.country()));
    }

    @Test void aDemonymTwoStatesShareIsTheAgencysHomeWhenTheStoryHasNoDateline() {
        String body = "Students in south Korea staged a rally on Monday. The Korean people condemned the war drills on Tuesday.";
        List<Event> fromPyongyang = codeFromAgency("KCNA", body);
        assertThat(fromPyongyang).as(GoldEvents.describe(fromPyongyang)).anyMatch(e -> e.actors().stream()
                .anyMatch(p -> "PRK".equals(p.country())));
        List<Event> fromSeoul = codeFromAgency("Yonhap", body);
        assertThat(fromSeoul).as(GoldEvents.describe(fromSeoul)).anyMatch(e -> e.actors().stream()
                .anyMatch(p -> p.name().contains("Korea") && "KOR".equals(p.country())))
                .noneMatch(e -> e.actors().stream().anyMatch(p -> "PRK".equals(p.country())));
    }

    @Test void aDictionaryNameInsideALongerProperNameNamesNoOne() {
        List<Event> es = code("PARIS, June 4 - The visitors were welcomed at the Sunrise Youth Park by the Mayor of "
                + "Lyon on Monday, and the Sunrise Youth Park hosted a banquet for them.");
        assertThat(everyone(es)).as(GoldEvents.describe(es)).noneMatch(p -> "REB".equals(p.sector()));
    }

    // a participant's own words before the story's place: a nationality before a common noun, shared by a bare noun
    // coordinated after it; a state in the body a person chairs; "world" places a group in no one state
    @Test void aBareNounCoordinatedAfterANationalNounSharesItsNationality() {
        List<Event> es = codeFromAgency("KCNA",
                "Pyongyang, June 4 (KCNA) -- The Cuban government and people denounced the blockade on Monday.");
        assertThat(everyone(es)).as(GoldEvents.describe(es)).anyMatch(p -> "people".equals(p.name()) && "CUB".equals(p.country()))
                .noneMatch(p -> "PRK".equals(p.country()));
    }

    @Test void aNationalityBeforeTheGroupOutranksTheStorysPlace() {
        List<Event> es = codeFromAgency("KCNA",
                "Pyongyang, June 4 (KCNA) -- The Finnish progressive people highly praised the feats of the President.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.actors().stream()
                .anyMatch(p -> p.name().contains("progressive people") && "FIN".equals(p.country())));
    }

    @Test void theChairmanOfABodyOfDemocraticCongoIsCongolese() {
        List<Event> es = codeFromAgency("KCNA", "Pedro Alves, chairman of the Group for the Study of the Juche Idea of Democratic Congo, "
                + "praised the leader as a veteran statesman.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.actors().stream()
                .anyMatch(p -> p.name().contains("Alves") && "COD".equals(p.country())));
    }

    @Test void theWorldsPeopleAreOfNoOneState() {
        List<Event> es = codeFromAgency("KCNA", "The leader brought liberation to the Korean people. The world progressive people praised "
                + "the leader on Monday.");
        assertThat(everyone(es)).as(GoldEvents.describe(es))
                .noneMatch(p -> p.name().contains("progressive") && "PRK".equals(p.country()));
    }
}
