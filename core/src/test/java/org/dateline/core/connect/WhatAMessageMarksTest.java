package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * One minister greets one counterpart upon his reappointment and, days later, on the anniversary of the fund he
 * chairs: the same sender, addressee and form of message, and two messages, told apart by what each marks ({@code
 * marked-occasions} in {@link Tokens}: an office taken, a day's anniversary). The same greeting told twice in other
 * words is one (invented reports).
 */
class WhatAMessageMarksTest {
    private static final List<Participant> MINISTER = List.of(p("Anna Velde", "RUR"));
    private static final List<Participant> COUNTERPART = List.of(p("Oskar Lind", "VEL"));

    private static Annotated sent(String id, String published, String body, String phrase) {
        Article a = article(id, published, "Message", body);
        Event e = event(a, "e1", EventType.SUPPORT, MINISTER, COUNTERPART, published, null, EventStatus.OCCURRED, phrase)
                .toBuilder().trigger("sent").build();
        return new Annotated(a, List.of(), List.of(), List.of(), List.of(e));
    }

    private static final String UPON_OFFICE = "Anna Velde sent a message of greeting to Oskar Lind upon his "
            + "reappointment as minister of Foreign Affairs of Velmar.";

    @Test
    void greetingsUponAnOfficeAndOnAnAnniversaryAreTwoMessages() {
        Connected c = Connector.connect(List.of(
                sent("a", "2024-03-02", "Meanwhile, Anna Velde sent a similar message to Oskar Lind upon his "
                        + "reappointment as minister of Foreign Affairs of Velmar.", "Anna Velde sent a similar message"),
                sent("b", "2024-03-02", "Anna Velde sent a message of greeting to Oskar Lind, chairman of the Velmar "
                        + "Development Fund, on the occasion of the 50th founding anniversary of the fund.",
                        "Anna Velde sent a message of greeting")));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void oneGreetingUponAnOfficeToldTwiceIsOneMessage() {
        Connected c = Connector.connect(List.of(
                sent("a", "2024-03-02", UPON_OFFICE, "Anna Velde sent a message of greeting"),
                sent("b", "2024-03-03", "In a message Anna Velde sent a greeting to Oskar Lind on his reappointment as "
                        + "minister of Foreign Affairs.", "Anna Velde sent a greeting")));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void anOfficeAndAnAnniversaryAreReadAsWhatAMessageMarks() {
        assertThat(Tokens.kindsIn(UPON_OFFICE).get(4)).containsOnly("office");
        assertThat(Tokens.kindsIn("on the 60th birthday of the president").get(4)).containsOnly("anniversary");
    }
}
