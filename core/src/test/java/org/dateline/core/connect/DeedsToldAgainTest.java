package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.List;
import java.util.Set;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A deed told again joins its story on general evidence, not on looser checks: a sentence filed again inside a longer
 * one, a state's troops as that state, a message recalled by its addressee, a speech at the banquet of the same day,
 * and no kind of deed read from a clause that only says when (invented reports).
 */
class DeedsToldAgainTest {
    private static final List<Entity> NAMES = List.of(person("Tarn Velo", "NOR", "president"),
            person("Ama Kesi", "PER", "president"), person("Juno Rell", "CHL", "president"), state("Peru", "PER"),
            state("Chile", "CHL"));

    private static Annotated report(String id, String day, String date, EventType type, String actor, String recipient,
                                    String body, String phrase, String trigger) {
        Article a = article(id, day, "News", body);
        List<org.dateline.model.Participant> to = recipient == null ? List.of() : List.of(p(recipient, null));
        Event e = event(a, "e1", type, List.of(p(actor, "NOR")), to, date, null, EventStatus.OCCURRED, phrase)
                .toBuilder().trigger(trigger).build();
        return date == null ? new Annotated(a, NAMES, List.of(), List.of(), List.of(e)) : annotated(a, NAMES, e);
    }

    private static Set<String> words(String sentence) { return Set.copyOf(Tellings.words(sentence)); }

    @Test
    void aLongSentenceToldAgainInsideALongerOneIsItsCopy() {
        String notice = "The special actions of the border guards will start soon to meet the reckless challenge of the group of smugglers in the valley.";
        assertThat(DeedEvidence.copied(words(notice), words("The command issued a notice that the special actions of the "
                + "border guards will start soon to meet the reckless challenge of the group of smugglers in the valley."))).isTrue();
        assertThat(DeedEvidence.copied(words(notice), words("The special actions of the border guards ended in failure as "
                + "the group of smugglers fled the valley before the reckless raid of the police."))).isFalse();
    }

    @Test
    void aShortSentenceRepeatedIsNoCopyOfOneDeed() {
        assertThat(DeedEvidence.copied(words("The guards met the challenge."), words("The guards met the challenge."))).isFalse();
    }

    @Test
    void oneStatesTroopsArmyOrGovernmentAreThatStateAsAParticipant() {
        assertThat(DeedEvidence.forceOfState("Ruritanian troops")).isTrue();
        assertThat(DeedEvidence.forceOfState("the Velmari army")).isTrue();
        assertThat(DeedEvidence.forceOfState("the troops")).isFalse();
        assertThat(DeedEvidence.forceOfState("Ruritanian farmers")).isFalse();
    }

    @Test
    void aDeedToldInAClauseOfWhenOrAfterGivesTheDeedNoKind() {
        List<String> clause = DeedKind.mainClause(DeedKind.lowerWords("arrested Ama Kesi when she crossed the line after visiting the city"));
        assertThat(DeedKind.of("arrested", clause)).isEqualTo(DeedKind.OTHER);
        assertThat(DeedKind.of("paid", DeedKind.mainClause(DeedKind.lowerWords("paid a visit to the city after the talks"))))
                .isEqualTo(DeedKind.VISIT);
    }

    private static Annotated message(String id, String day, String date, String body, String phrase) {
        return report(id, day, date, EventType.SUPPORT, "Tarn Velo", null, body, phrase, "sent");
    }

    @Test
    void aMessageRecalledByItsAddresseeTwoWeeksLaterIsThatMessage() {
        Connected c = Connector.connect(List.of(
                message("a", "2024-03-01", "2024-03-01", "Tarn Velo on Friday sent a congratulatory message to Ama Kesi, president of Peru, upon her election.", "sent a congratulatory message"),
                message("b", "2024-03-15", null, "The speaker said that Tarn Velo sent a congratulatory message to Ama Kesi upon her election as president, which shows the will to boost the ties.", "sent a congratulatory message")));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void aMessageToAnotherAddresseeTwoWeeksLaterIsAnotherMessage() {
        Connected c = Connector.connect(List.of(
                message("a", "2024-03-01", "2024-03-01", "Tarn Velo on Friday sent a congratulatory message to Ama Kesi, president of Peru, upon her election.", "sent a congratulatory message"),
                message("b", "2024-03-15", null, "The speaker said that Tarn Velo sent a congratulatory message to Juno Rell upon his election as president, which shows the will to boost the ties.", "sent a congratulatory message")));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    private static Annotated speech(String id, String day, String where) {
        String body = "Tarn Velo, in a speech delivered at a " + where + " arranged on Monday in celebration of the jubilee, said that the nation stands firm.";
        return report(id, day, "2024-06-03", EventType.SUPPORT, "Tarn Velo", null, body, "in a speech delivered at a " + where, "speech");
    }

    @Test
    void aSpeechAtTheBanquetOfTheSameDayToldTwiceIsOneDeed() {
        Connected c = Connector.connect(List.of(speech("a", "2024-06-05", "banquet"), speech("b", "2024-06-05", "banquet")));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void aSpeechAtABanquetAndOneAtAReceptionOfTheSameDayAreTwoDeeds() {
        Connected c = Connector.connect(List.of(speech("a", "2024-06-05", "banquet"), speech("b", "2024-06-05", "reception")));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    private static Annotated talks(String id, String day, String date, String body, String phrase) {
        Article a = article(id, day, "News", body);
        Event e = event(a, "e1", EventType.CONSULT, List.of(p("Tarn Velo", "NOR"), p("Ama Kesi", "PER")), List.of(), date,
                null, EventStatus.OCCURRED, phrase).toBuilder().trigger("talks").build();
        return annotated(a, NAMES, e);
    }

    @Test
    void talksOfTwoNamedLeadersRecalledByTheirMonthAreTheTalksOfADayInIt() {
        Connected c = Connector.connect(List.of(
                talks("a", "2024-08-24", "2024-08-24", "Talks were held between Tarn Velo and Ama Kesi in Tarvosa on Saturday.", "Talks were held"),
                talks("b", "2024-09-10", "2024-08", "The envoy said that the talks between Ama Kesi and Tarn Velo which took place in August opened a fresh prospect for the ties.", "the talks between")));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }
}
