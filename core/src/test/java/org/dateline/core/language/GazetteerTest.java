package org.dateline.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.core.language.GazetteerEntry.Kind;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer g = Gazetteer.standard();

    private GazetteerEntry first(String text) {
        List<GazetteerEntry> es = g.startingAt(text, 0);
        assertThat(es).as(text).isNotEmpty();
        return es.get(0);
    }

    @Test
    void countriesAliasesCapitalsAndDemonymsCarryIsoCodes() {
        assertThat(first("U.S.").country()).isEqualTo("USA");
        assertThat(first("S. Korea").country()).isEqualTo("KOR");
        assertThat(first("DPRK").canonical()).isEqualTo("North Korea");
        assertThat(first("N.K.").country()).isEqualTo("PRK");
        assertThat(first("Pyongyang").kind()).isEqualTo(Kind.CAPITAL);
        assertThat(first("Pyongyang").country()).isEqualTo("PRK");
        assertThat(first("Moscow").country()).isEqualTo("RUS");
        assertThat(first("Japanese").kind()).isEqualTo(Kind.DEMONYM);
        assertThat(first("Japanese").country()).isEqualTo("JPN");
        assertThat(first("North Korean").country()).isEqualTo("PRK");
        assertThat(first("Kirgyzstan").country()).as("a spelling of the news agencies").isEqualTo("KGZ");
        assertThat(g.countryName("KOR")).isEqualTo("South Korea");
        assertThat(g.size()).isGreaterThan(500);
    }

    @Test
    void longestNameComesFirstAndCaseMattersForProperNames() {
        assertThat(first("South Korea's envoy").text()).isEqualTo("South Korea");
        assertThat(first("United States of America").text()).isEqualTo("United States of America");
        assertThat(g.startingAt("us and them", 0)).isEmpty();
        assertThat(first("Foreign Ministry said").kind()).isEqualTo(Kind.BODY);
    }

    @Test
    void igosBodiesContextAliasesAndRoles() {
        GazetteerEntry un = first("U.N. envoy");
        assertThat(un.canonical()).isEqualTo("United Nations");
        assertThat(un.country()).isEqualTo("IGO");
        assertThat(un.sector()).isEqualTo("IGO");
        assertThat(first("IAEA").canonical()).isEqualTo("International Atomic Energy Agency");
        assertThat(first("State Department").country()).isEqualTo("USA");
        GazetteerEntry north = first("the North");
        assertThat(north.kind()).isEqualTo(Kind.CONTEXT_ALIAS);
        assertThat(north.requires()).contains("KOR", "PRK");
        assertThat(g.role("envoy")).hasValueSatisfying(r -> assertThat(r.sector()).isEqualTo("GOV"));
        assertThat(g.role("general")).hasValueSatisfying(r -> assertThat(r.sector()).isEqualTo("MIL"));
        assertThat(g.role("secretary of state")).hasValueSatisfying(r -> assertThat(r.countryHint()).isEqualTo("USA"));
    }

    @Test
    void wholeWordsFindsEveryEntryWrittenAsWholeWordsWithItsOffsets() {
        String text = "North Korean troops met Koreans in Seoul";
        List<Gazetteer.Match> all = g.wholeWords(text, Gazetteer.WordEdges.LETTERS_OR_DIGITS).toList();
        assertThat(all).extracting(m -> text.substring(m.start(), m.end()))
                .contains("North Korean", "Korean", "Koreans", "Seoul")   // "Korean" inside "North Korean" too
                .doesNotContain("North Korea");   // it goes on into "North Korean"
        int koreans = text.indexOf("Koreans");
        assertThat(all).filteredOn(m -> m.start() == koreans).extracting(Gazetteer.Match::end)
                .containsOnly(koreans + "Koreans".length());   // not "Korean" before the plural's "s"
        Gazetteer.Match first = all.get(0);
        assertThat(first.entry().country()).isEqualTo("PRK");
        assertThat(first.start()).isZero();
        assertThat(first.end()).isEqualTo("North Korean".length());
        assertThat(all).extracting(Gazetteer.Match::start).isSorted();
    }

    @Test
    void wordEdgesDecideWhatJoinsANameToALongerWord() {
        String text = "Cuban-led talks";
        assertThat(g.wholeWords(text, Gazetteer.WordEdges.LETTERS_OR_DIGITS).map(m -> m.entry().text())).contains("Cuban");
        Gazetteer.WordEdges hyphenJoins = Gazetteer.WordEdges.between(Character::isLetter, ch -> Character.isLetter(ch) || ch == '-');
        assertThat(g.wholeWords(text, hyphenJoins).map(m -> m.entry().text())).doesNotContain("Cuban");
    }

    @Test
    void wholeWordsAtGivesTheEntriesOfOnePlaceLongestFirst() {
        String text = "talks in North Korea";
        assertThat(g.wholeWordsAt(text, 9, Gazetteer.WordEdges.LETTERS_OR_DIGITS).map(m -> m.entry().text()).toList())
                .startsWith("North Korea");
        assertThat(g.wholeWordsAt(text, 10, Gazetteer.WordEdges.LETTERS_OR_DIGITS)).isEmpty();   // inside "North"
        assertThat(g.wholeWordsAt(text, text.length(), Gazetteer.WordEdges.LETTERS_OR_DIGITS)).isEmpty();
    }
}
