package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Entity;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * One anniversary is marked in one city on one day by an exhibition and by a meeting: the sentences share the city,
 * the day and every word of the anniversary, and only what was held tells the two occasions apart ({@link
 * HeldOccasions}); a sentence naming both ("the opening ceremony of the exhibition") is either (invented reports).
 */
class OccasionsHeldToMarkADayTest {
    private static final List<Entity> NAMES = List.of(state("Norland", "NOR"), state("Velmar", "VLM"),
            body("Norland Academy"));
    private static final Participant HOSTS = new Participant("participants in Velmar", "VLM", null);
    private static final Participant ACADEMY = p("Norland Academy", "NOR");
    private static final String MARK = " in Velm on May 4 to mark the 80th anniversary of the founding of the Norland Academy.";

    private static Annotated held(String id, String opening) {
        String body = opening + MARK + " , It was attended by officials of friendship bodies and diplomatic envoys.";
        Article a = article(id, "2024-05-06", "Anniversary", body);
        return annotated(a, NAMES, event(a, "e1", EventType.SUPPORT, List.of(HOSTS), List.of(ACADEMY), "2024-05-04",
                null, EventStatus.OCCURRED, opening + " in Velm on May 4"));
    }

    @Test
    void anExhibitionAndAMeetingForOneAnniversaryAreTwoOccasions() {
        Connected c = Connector.connect(List.of(held("a", "The Norland stamp exhibition was opened"),
                held("b", "A meeting took place")));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void theOpeningCeremonyOfAnExhibitionIsThatExhibition() {
        Connected c = Connector.connect(List.of(held("a", "The Norland stamp exhibition was opened"),
                held("b", "The opening ceremony of the Norland stamp exhibition took place")));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void theKindsOfOccasionAreReadFromTheirNouns() {
        assertThat(HeldOccasions.kindsIn("Photo exhibitions and a concert were given")).containsOnly("display", "performance");
        assertThat(HeldOccasions.kindsIn("A seminar and a rally took place")).containsOnly("gathering");
        assertThat(HeldOccasions.kindsIn("He sent a message of greeting")).isEmpty();
    }
}
