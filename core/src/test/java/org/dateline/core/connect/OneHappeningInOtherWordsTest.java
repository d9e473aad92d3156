package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;
import org.junit.jupiter.api.Test;

/**
 * Reports of one happening that the merger used to keep apart, and habits it used to join (invented reports): praise
 * claimed of a visit is no second occasion of it, a named exercise going on is the exercise that began, the state's
 * government called by its adjective is the state, a statement in the next sentence is not the report's; a deed done
 * every year, or hung on invitations summed up, is no happening even in the same words.
 */
class OneHappeningInOtherWordsTest {
    private static final List<Participant> ENVOY = List.of(p("Lina Roth", "RUR"));
    private static final List<Participant> VELMAR = List.of(p("Velmar", "VEL"));
    private static final List<Participant> ARMIES = List.of(p("Norland", "NRL"), p("Velmar", "VEL"));

    private static Annotated undated(Article a, EventType type, List<Participant> actors, List<Participant> recipients,
                                     String phrase) {
        return annotated(a, List.of(), event(a, "e1", type, actors, recipients, null, null, EventStatus.OCCURRED, phrase));
    }

    private static boolean together(Connected c) {
        return storyOf(c, "a", "e1").equals(storyOf(c, "b", "e1"));
    }

    @Test
    void praiseClaimedOfACondolenceVisitIsNoSecondOccasionOfIt() {
        Article a = article("a", "2024-07-06", "Visit", "Lina Roth visited Velmar to express condolences over the death of its former president.");
        Article b = article("b", "2024-07-08", "Papers", "Papers attacked the visit of Lina Roth to Velmar, claiming that she praised the host.");
        Connected c = Connector.connect(List.of(
                undated(a, EventType.CONSULT, ENVOY, VELMAR, "Lina Roth visited Velmar"),
                undated(b, EventType.CONSULT, ENVOY, VELMAR, "the visit of Lina Roth to Velmar")));
        assertThat(together(c)).isTrue();
    }

    @Test
    void praiseStillTellsAnotherActOfSupportThanCondolences() {
        var praise = Tokens.kindsIn("She praised the new bridges of the city.");
        var condolences = Tokens.kindsIn("She came to express condolences over the death of the mayor.");
        assertThat(Tokens.disagree(praise, condolences)).isTrue();
        assertThat(Tokens.disagree(Tokens.heldFor(praise), Tokens.heldFor(condolences))).isFalse();
        assertThat(Tokens.disagree(Tokens.heldFor(Tokens.kindsIn("she sent a message of greeting")),
                Tokens.heldFor(condolences))).isTrue();
    }

    @Test
    void aNamedExerciseGoingOnIsTheExerciseThatBegan() {
        Article a = article("a", "2024-08-21", "Drills", "The Norland and Velmar armies kicked off the Iron Shield joint military exercises near the border, defying protests.");
        Article b = article("b", "2024-08-24", "Drills", "The Norland and Velmar armies are staging the Iron Shield joint military exercises near the border despite protests.");
        Connected c = Connector.connect(List.of(
                undated(a, EventType.COOPERATE, ARMIES, List.of(), "The Norland and Velmar armies kicked off the Iron Shield joint military exercises"),
                undated(b, EventType.COOPERATE, ARMIES, List.of(), "The Norland and Velmar armies are staging the Iron Shield joint military exercises")));
        assertThat(together(c)).isTrue();
    }

    @Test
    void onlyAProperNameBeforeAHappeningNounNamesAHappening() {
        assertThat(RepetitionCues.namesHappening("the armies are staging the Iron Shield joint military exercises")).isTrue();
        assertThat(RepetitionCues.namesHappening("Norland forces are killing civilians in the valley")).isFalse();
        assertThat(RepetitionCues.namesHappening("the armies are staging joint exercises with Velmar")).isFalse();
    }

    @Test
    void theSameYearlyFundingFiledInTwoStoriesIsNoOneHappening() {
        String text = "Norland provides ten million dollars to the exile groups every year.";
        Article a = article("a", "2024-08-08", "Funding", text);
        Article b = article("b", "2024-08-10", "Funding again", text);
        var norland = List.of(p("Norland", "NRL"));
        Connected c = Connector.connect(List.of(
                undated(a, EventType.AID, norland, List.of(), "Norland provides ten million dollars to the exile groups every year"),
                undated(b, EventType.AID, norland, List.of(), "Norland provides ten million dollars to the exile groups every year")));
        assertThat(together(c)).isFalse();
    }

    @Test
    void aPeriodRepeatsADeedOnlyWhenItNamesAUnit() {
        assertThat(RepetitionCues.periodic(Tellings.words("they meet every year in the capital"))).isTrue();
        assertThat(RepetitionCues.periodic(Tellings.words("the fund is paid annually"))).isTrue();
        assertThat(RepetitionCues.periodic(Tellings.words("every delegate signed the accord"))).isFalse();
    }

    @Test
    void aDeedHungOnInvitationsSummedUpIsNoHappeningEvenInTheSameWords() {
        String text = "Norland invited the broadcaster Jon Pell to its capital several times, encouraging him to carry on the broadcasts.";
        Article a = article("a", "2024-08-08", "Broadcasts", text);
        Article b = article("b", "2024-08-12", "Broadcasts again", text);
        var norland = List.of(p("Norland", "NRL"));
        Connected c = Connector.connect(List.of(
                undated(a, EventType.SUPPORT, norland, List.of(), "encouraging him to carry on the broadcasts"),
                undated(b, EventType.SUPPORT, norland, List.of(), "encouraging him to carry on the broadcasts")));
        assertThat(together(c)).isFalse();
    }

    @Test
    void aGovernmentCalledByTheStatesAdjectiveIsTheState() {
        assertThat(StateNames.governmentOf("the Austrian puppet regime", "AUT")).isEqualTo("Austria");
        assertThat(StateNames.governmentOf("Austrian conservative authorities", "AUT")).isEqualTo("Austria");
        assertThat(StateNames.governmentOf("the Austrian people", "AUT")).isNull();
        assertThat(StateNames.governmentOf("the Austrian Freedom Party government", "AUT")).isNull();
        assertThat(StateNames.governmentOf("the Austrian regime", "DEU")).isNull();
        assertThat(StateNames.governmentOf("Austria government", "AUT")).isNull();
    }

    @Test
    void anArrestByTheStateAndByItsRegimeIsOneArrest() {
        Article a = article("a", "2024-07-17", "Arrest", "Austria put the activist Jon Pell in custody on charges of espionage after his return.");
        Article b = article("b", "2024-07-19", "Arrest", "But the Austrian conservative regime arrested Jon Pell on charges of espionage after his return.");
        var pell = List.of(p("Jon Pell", "AUT"));
        Connected c = Connector.connect(List.of(
                undated(a, EventType.COERCE, List.of(p("Austria", "AUT")), pell, "Austria put the activist Jon Pell in custody"),
                undated(b, EventType.COERCE, List.of(p("the Austrian conservative regime", "AUT")), pell, "the Austrian conservative regime arrested Jon Pell")));
        assertThat(together(c)).isTrue();
    }

    @Test
    void aStatementInTheNextSentenceOfTheLineIsNotWhatTheReportTells() {
        Article a = article("a", "2024-05-07", "Drills", "Norland and Velmar kicked off the Iron Shield drills on Monday. , The Herald in a commentary calls them a menace to the region.");
        Article b = article("b", "2024-05-08", "Statement", "The mission issued a statement on Tuesday: , Norland and Velmar started the Iron Shield exercises on Monday, defying protests.");
        Entity shieldA = new Entity("Iron Shield", EntityType.ORGANIZATION, a.body().indexOf("Iron"), a.body().indexOf("Iron") + 11, "Iron Shield", null, null, null, 0);
        Entity shieldB = new Entity("Iron Shield", EntityType.ORGANIZATION, b.body().indexOf("Iron"), b.body().indexOf("Iron") + 11, "Iron Shield", null, null, null, 0);
        Event drills = event(a, "e1", EventType.COOPERATE, ARMIES, List.of(), "2024-05-06", null, EventStatus.OCCURRED, "Norland and Velmar kicked off the Iron Shield drills on Monday");
        Event exercises = event(b, "e1", EventType.COOPERATE, ARMIES, List.of(), "2024-05-06", null, EventStatus.OCCURRED, "Norland and Velmar started the Iron Shield exercises on Monday");
        Connected c = Connector.connect(List.of(annotated(a, List.of(shieldA), drills), annotated(b, List.of(shieldB), exercises)));
        assertThat(together(c)).isTrue();
    }

    private static TimeExpression day(Article a, String text, String value) {
        int at = a.body().indexOf(text);
        return new TimeExpression(text, "DATE", value, null, at, at + text.length());
    }

    @Test
    void aRulingRetoldByTheDayAMediumReportedItIsTheRulingOfItsOwnDay() {
        Article a = article("a", "2024-10-15", "Statement", "The Supreme Court of Norland rejected the final appeal of Jon Pell on October 11, the statement said.");
        Article b = article("b", "2024-10-22", "Prison", "The Supreme Court of Norland rejected the final appeal of Jon Pell and upheld his prison term, according to the Velmar Times on Oct. 19.");
        var court = List.of(p("Supreme Court of Norland", "NRL"));
        var pell = List.of(p("Jon Pell", "NRL"));
        String phrase = "The Supreme Court of Norland rejected the final appeal of Jon Pell";
        Event ruling = event(a, "e1", EventType.ACCUSE, court, pell, "2024-10-11", null, EventStatus.OCCURRED, phrase);
        Event retold = event(b, "e1", EventType.ACCUSE, court, pell, "2024-10-19", null, EventStatus.OCCURRED, phrase);
        Connected c = Connector.connect(List.of(
                new Annotated(a, List.of(), List.of(day(a, "October 11", "2024-10-11")), List.of(), List.of(ruling)),
                new Annotated(b, List.of(), List.of(day(b, "Oct. 19", "2024-10-19")), List.of(), List.of(retold))));
        assertThat(together(c)).isTrue();
    }

    @Test
    void onlyADayAfterACitationInItsClauseDatesTheSource() {
        Article a = article("a", "2024-10-22", "Cited", "The army fired shells, according to KBS on Tuesday. "
                + "According to KBS, on Monday the navy fired shells. The paper carried an article on Sunday.");
        assertThat(CitedDays.cited(a.body(), day(a, "Tuesday", "2024-10-22"))).isTrue();
        assertThat(CitedDays.cited(a.body(), day(a, "Monday", "2024-10-21"))).isFalse();
        assertThat(CitedDays.cited(a.body(), day(a, "Sunday", "2024-10-20"))).isFalse();
    }

    @Test
    void credentialsReceivedAndAGiftPresentedAreTwoActsOfOnePresident() {
        Article a = article("a", "2024-10-03", "Gift", "President Oskar Lind presented a gift to Tomas Varga through the visiting minister.");
        Article b = article("b", "2024-10-04", "Credentials", "President Oskar Lind received credentials from the ambassador and spoke highly of Tomas Varga.");
        var lind = List.of(p("Oskar Lind", "VEL"));
        var varga = List.of(p("Tomas Varga", "NRL"));
        Connected c = Connector.connect(List.of(
                undated(a, EventType.SUPPORT, lind, varga, "President Oskar Lind presented a gift to Tomas Varga"),
                undated(b, EventType.SUPPORT, lind, varga, "President Oskar Lind received credentials")));
        assertThat(together(c)).isFalse();
        assertThat(Tokens.disagree(Tokens.kindsIn("he received the credentials"), Tokens.kindsIn("a gift was handed"))).isTrue();
    }
}
