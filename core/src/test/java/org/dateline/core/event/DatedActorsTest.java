package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Article;
import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * The imported PETRARCH actors code a name the gazetteer cannot place with the code in force on the article's day;
 * the text's own words, and a user's dictionary, stay on top.
 */
class DatedActorsTest {
    private static List<Event> code(String body, String date) {
        Article a = new Article("t", "test", null, null, null, null, null, null, date, false, List.of(), null,
                null, "en", body, "");
        return GoldEvents.PIPELINE.annotate(a).events();
    }

    @Test void aNameIsCodedWithTheCodeOfTheArticlesDay() {
        ActorDictionary d = ActorDictionary.imported();
        assertThat(d.lookup("Mohammad Zahir Shah", "1960-05-01")).get()
                .satisfies(c -> assertThat(c.country() + c.sector()).isEqualTo("AFGGOV"));
        assertThat(d.lookup("Mohammad Zahir Shah", "1990-05-01")).get()
                .satisfies(c -> assertThat(c.country() + c.sector()).isEqualTo("AFGELI"));
    }

    @Test void aUsersDictionaryStaysOnTop() {
        ActorDictionary user = ActorDictionary.read(new java.io.StringReader("MOHAMMAD_ZAHIR_SHAH [ITAELI]\n"), "test");
        assertThat(user.over(ActorDictionary.imported()).lookup("Mohammad Zahir Shah", "1960-05-01")).get()
                .satisfies(c -> assertThat(c.country()).isEqualTo("ITA"));
        assertThat(user.over(ActorDictionary.imported()).lookup("Afghanistan", "1960-05-01")).get()
                .satisfies(c -> assertThat(c.country()).isEqualTo("AFG"));
    }

    @Test void aPersonTheGazetteerCannotPlaceActsForTheCountryOfTheDay() {
        List<Event> es = code("Mohammad Zahir Shah criticized the Pakistani government on Monday.", "1965-03-10");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.actors().stream()
                .anyMatch(p -> "AFG".equals(p.country()) && "GOV".equals(p.sector())));
    }

    @Test void anImportedNameMadeOfOrdinaryWordsIsNoNameInLowerCase() {
        ActorDictionary d = ActorDictionary.imported();
        assertThat(d.lookup("youth", "2015-05-01")).isEmpty();
        assertThat(d.lookup("us", "2015-05-01")).isEmpty();
        assertThat(d.lookup("organization", "2015-05-01")).isEmpty();
        assertThat(d.lookup("US", "2015-05-01")).get().satisfies(c -> assertThat(c.country()).isEqualTo("USA"));
        assertThat(d.caseBound("youth")).isTrue();
        assertThat(d.caseBound("Hezbollah")).isFalse();
    }

    @Test void aTitleInLowerCaseBeforeACapitalisedNameStillNamesTheOffice() {
        assertThat(ActorDictionary.imported().lookup("president of the United States", "2015-05-01")).get()
                .satisfies(c -> assertThat(c.country()).isEqualTo("USA"));
    }

    @Test void aCommonNounNamesNoGroupThatTheDictionaryCallsByThatWord() {
        List<Event> es = code("PARIS, May 4 - A court in Lyon sentenced the youth to two years in prison on Monday.",
                "2015-05-04");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.recipients().stream()
                .anyMatch(p -> "REB".equals(p.sector())));
    }
}
