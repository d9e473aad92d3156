package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.core.language.Gazetteer;
import org.dateline.model.Article;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * One name, one party in an article: a name left unplaced in one event takes the state another event of the same
 * article gives it, or the state the knowledge base knows for the whole name. Names and stories invented for this test.
 */
class PlacedNamesTest {

    private static ArticleContext article() {
        Article a = new Article("t", "test", null, null, null, null, null, null, "2023-05-10", false, List.of(), null,
                null, "en", "", "");
        return new ArticleContext(a, List.of(), Gazetteer.standard(), ActorDictionary.empty(), null);
    }

    private static Draft event(Participant actor, Participant recipient) {
        Draft d = new Draft();
        d.type = EventType.ACCUSE;
        d.cameo = "111";
        d.actors.add(actor);
        if (recipient != null) d.recipients.add(recipient);
        return d;
    }

    private static final Participant MINISTRY = new Participant("Ministry of Mines", "CHL", "GOV");

    @Test void aNameUnplacedInOneEventTakesTheStateAnotherEventGivesIt() {
        Draft placed = event(new Participant("Ralph Dunmore", "CAN", "GOV"), MINISTRY);
        Draft unplaced = event(new Participant("Ralph Dunmore", null, null), MINISTRY);
        new PlacedNames(List.of(placed, unplaced), article()).place(unplaced);
        assertThat(unplaced.actors).containsExactly(new Participant("Ralph Dunmore", "CAN", "GOV"));
    }

    @Test void aNameTheArticlePlacesInTwoStatesStaysUnplaced() {
        Draft one = event(new Participant("Ralph Dunmore", "CAN", null), MINISTRY);
        Draft two = event(new Participant("Ralph Dunmore", "FRA", null), MINISTRY);
        Draft unplaced = event(new Participant("Ralph Dunmore", null, null), MINISTRY);
        new PlacedNames(List.of(one, two, unplaced), article()).place(unplaced);
        assertThat(unplaced.actors.get(0).country()).isNull();
    }

    @Test void aCommonNounIsNotTheSamePartyInAnotherSentence() {
        Draft placed = event(new Participant("Officials", "PER", "GOV"), MINISTRY);
        Draft unplaced = event(new Participant("Officials", null, "GOV"), MINISTRY);
        Draft workers = event(new Participant("The workers", "PER", "LAB"), MINISTRY);
        Draft otherWorkers = event(new Participant("The workers", null, "LAB"), MINISTRY);
        new PlacedNames(List.of(placed, unplaced, workers, otherWorkers), article()).place(unplaced);
        new PlacedNames(List.of(placed, unplaced, workers, otherWorkers), article()).place(otherWorkers);
        assertThat(unplaced.actors.get(0).country()).isNull();
        assertThat(otherWorkers.actors.get(0).country()).isNull();
    }

    @Test void aRecipientNameIsPlacedAsTheActorOfAnotherEventIs() {
        Draft placed = event(new Participant("Lena Vark", "EST", "GOV"), MINISTRY);
        Draft unplaced = event(MINISTRY, new Participant("Lena Vark", null, null));
        new PlacedNames(List.of(placed, unplaced), article()).place(unplaced);
        assertThat(unplaced.recipients.get(0).country()).isEqualTo("EST");
    }

    @Test void aSurnameAloneIsTheOneFullNameThatEndsWithIt() {
        Draft placed = event(new Participant("Lena Vark", "EST", "GOV"), MINISTRY);
        Draft unplaced = event(new Participant("Vark", null, null), MINISTRY);
        new PlacedNames(List.of(placed, unplaced), article()).place(unplaced);
        assertThat(unplaced.actors.get(0).country()).isEqualTo("EST");
    }

    @Test void aSurnameTwoPlacedPeopleOfTwoStatesShareStaysUnplaced() {
        Draft one = event(new Participant("Ri Song Chol", "PRK", "GOV"), MINISTRY);
        Draft two = event(new Participant("Ri Han Su", "KOR", "GOV"), MINISTRY);
        Draft unplaced = event(new Participant("Ri", null, null), MINISTRY);
        new PlacedNames(List.of(one, two, unplaced), article()).place(unplaced);
        assertThat(unplaced.actors.get(0).country()).isNull();
    }

    @Test void aOneWordNameIsNoSurnameOfABodysName() {
        Draft placed = event(new Participant("Friendship Society of Vark", "EST", "CVL"), MINISTRY);
        Draft unplaced = event(new Participant("Vark", null, null), MINISTRY);
        new PlacedNames(List.of(placed, unplaced), article()).place(unplaced);
        assertThat(unplaced.actors.get(0).country()).isNull();
    }

    @Test void aNameTheGazetteerKnowsWhollyTakesItsState() {
        // a state's own name written as a party's name, left unplaced by a construction that read only its words
        Draft unplaced = event(new Participant("Japan", null, null), MINISTRY);
        new PlacedNames(List.of(unplaced), article()).place(unplaced);
        assertThat(unplaced.actors.get(0).country()).isEqualTo("JPN");
    }

    @Test void aPlaceNameIsNoActorsState() {
        Draft unplaced = event(new Participant("Asia", null, null), MINISTRY);
        new PlacedNames(List.of(unplaced), article()).place(unplaced);
        assertThat(unplaced.actors.get(0).country()).isNull();
    }

    @Test void properNamesAreTitleCasedAndNotOneCommonNoun() {
        assertThat(PlacedNames.isProperName("Central Committee of the Front")).isTrue();
        assertThat(PlacedNames.isProperName("Lena Vark")).isTrue();
        assertThat(PlacedNames.isProperName("other senior officials")).isFalse();
        assertThat(PlacedNames.isProperName("the puppet authorities")).isFalse();
        assertThat(PlacedNames.isProperName("Government")).isFalse();
    }
}
