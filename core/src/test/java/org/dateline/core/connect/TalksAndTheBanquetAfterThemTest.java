package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.List;

import org.dateline.model.Connected;
import org.dateline.model.Entity;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * A host and a guest hold talks and, that evening, a banquet: the same two people, the same city, the same day and
 * the same words of welcome. What the parties came together for tells the two happenings apart; a report that names
 * neither ("met") may be either (invented reports).
 */
class TalksAndTheBanquetAfterThemTest {
    private static final List<Participant> HOST = List.of(p("Anna Velde", "VLM"));
    private static final List<Participant> GUEST = List.of(p("Marek Vos", "SDM"));
    private static final List<Participant> BOTH = List.of(p("Anna Velde", "VLM"), p("Marek Vos", "SDM"));
    private static final List<Entity> PEOPLE = List.of(person("Anna Velde", "VLM", "premier"),
            person("Marek Vos", "SDM", "president"));

    @Test
    void theBanquetAHostGaveHerGuestIsNotTheTalksTheyHeldThatDay() {
        var talks = article("t", "2024-06-12", "Talks Held", "Talks were held between Premier Anna Velde and President "
                + "Marek Vos of Sudmark in Port Halden on Wednesday, with warm words of welcome for the guest.");
        var banquet = article("b", "2024-06-13", "Banquet", "Premier Anna Velde hosted a grand banquet in Port Halden "
                + "on Wednesday evening in welcome of President Marek Vos of Sudmark, with warm words for the guest.");
        Connected c = Connector.connect(List.of(
                annotated(talks, PEOPLE, event(talks, "E1", EventType.CONSULT, BOTH, List.of(), "2024-06-12",
                        "Port Halden", EventStatus.OCCURRED, "Talks were held between Premier Anna Velde and President "
                                + "Marek Vos of Sudmark in Port Halden on Wednesday")),
                annotated(banquet, PEOPLE, event(banquet, "E1", EventType.CONSULT, HOST, GUEST, "2024-06-12",
                        "Port Halden", EventStatus.OCCURRED, "Premier Anna Velde hosted a grand banquet in Port Halden "
                                + "on Wednesday evening in welcome of President Marek Vos of Sudmark"))));
        assertThat(storyOf(c, "t", "E1")).isNotEqualTo(storyOf(c, "b", "E1"));
    }

    @Test
    void aDinnerAndABanquetOfOneEveningMayBeOneAndTalksRecalledAsNegotiationsAreTheTalks() {
        var kinds = List.of(Tokens.kindsIn("hosted a dinner for the guest"), Tokens.kindsIn("gave a banquet for him"),
                Tokens.kindsIn("the negotiations in the capital"), Tokens.kindsIn("held talks with the guest"));
        assertThat(Tokens.disagree(kinds.get(0), kinds.get(1))).isFalse();
        assertThat(Tokens.disagree(kinds.get(2), kinds.get(3))).isFalse();
        assertThat(Tokens.disagree(kinds.get(1), kinds.get(3))).isTrue();
    }

    @Test
    void aReportNamingBothTheTalksAndTheBanquetOrNeitherContradictsNeither() {
        var both = Tokens.kindsIn("after their talks she gave a banquet for him");
        var met = Tokens.kindsIn("she met the visiting president on Wednesday");
        assertThat(Tokens.disagree(both, Tokens.kindsIn("hosted a banquet"))).isFalse();
        assertThat(Tokens.disagree(both, Tokens.kindsIn("the talks were held"))).isFalse();
        assertThat(Tokens.disagree(met, Tokens.kindsIn("hosted a banquet"))).isFalse();
        assertThat(Tokens.disagree(met, Tokens.kindsIn("the talks were held"))).isFalse();
    }
}
