package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** A town an attack falls on, or one seized, is where it happened, and its country the side it happened to. */
class PlacesStruckTest {
    private static List<Event> code(String body) {
        Article a = new Article("t", "test", null, null, null, null, null, null, "2015-05-10", false, List.of(), null,
                null, "en", body, "");
        return GoldEvents.PIPELINE.annotate(a).events();
    }

    private static List<String> recipientCountries(String body) {
        return code(body).stream().filter(e -> e.type() == EventType.ASSAULT)
                .flatMap(e -> e.recipients().stream()).map(p -> p.country()).toList();
    }

    @Test
    void aTownNamedAsTheObjectOrByTheCityOfIsTheVictimsCountryNotTheAttackers() {
        assertThat(recipientCountries("U.S. bombers destroyed the city of Sinuiju in 1951."))
                .contains("PRK").doesNotContain("USA");
        assertThat(recipientCountries("U.S. bombers destroyed Kandahar in 2001."))
                .contains("AFG").doesNotContain("USA");
    }
}
