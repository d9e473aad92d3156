package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Article;
import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A titled person or an unnamed office holder is from the state his title's chain names, however the chain runs: a
 * body named by a state ("the secretary general of the Ruritanian ... Association", which the parser heads on
 * "general"), a "for" link before the "of" ("the secretary for international solidarity of the Party of ..."), a
 * state set off after a province ("the governor of ... Prefecture, Japan"), a body's "in" phrase inside its name,
 * and a name's own "of" phrase ("X of the Party of Labour of ..."). A lower-case word's "in" phrase places nobody.
 */
class TitleChainStatesTest {
    private static List<Event> code(String body) {
        Article a = new Article("t", "test", null, null, null, null, null, null, "2012-06-04", false, List.of(), null,
                null, "en", body, "");
        return GoldEvents.PIPELINE.annotate(a).events();
    }

    private static boolean mainActorIs(List<Event> es, String country) {
        return es.stream().anyMatch(e -> !e.actors().isEmpty() && country.equals(e.actors().get(0).country()));
    }

    @Test void aSecretaryGeneralOfABodyNamedByAStateIsOfThatState() {
        List<Event> es = code("The secretary general of the Nepal Association for Independence Studies said the leader performed undying feats for the world.");
        assertThat(mainActorIs(es, "NPL")).as(GoldEvents.describe(es)).isTrue();
    }

    @Test void aForLinkBeforeTheOfPhraseStillReachesTheState() {
        List<Event> es = code("The secretary for international solidarity of the Workers' Party of Brazil said the leader performed undying feats for the world.");
        assertThat(mainActorIs(es, "BRA")).as(GoldEvents.describe(es)).isTrue();
    }

    @Test void aSpokesmanForAMinistryOfAStateIsOfThatState() {
        List<Event> es = code("The spokesman for the Ministry of Foreign Affairs of Ecuador condemned the attack on the embassy.");
        assertThat(mainActorIs(es, "ECU")).as(GoldEvents.describe(es)).isTrue();
    }

    @Test void aGovernorOfAProvinceFollowedByItsStateIsOfThatState() {
        List<Event> es = code("The governor of Hokkaido Prefecture, Japan in a statement on May 20 accused the U.S. forces of staging a drill.");
        assertThat(mainActorIs(es, "JPN")).as(GoldEvents.describe(es)).isTrue();
    }

    @Test void aBodysNameEndingInAStateIsOfThatState() {
        List<Event> es = code("The chairman of the Youth League for the Study of Juche Idea in Senegal said the leader performed undying feats for the world.");
        assertThat(mainActorIs(es, "SEN")).as(GoldEvents.describe(es)).isTrue();
    }

    @Test void aNamedPersonOfAStatesPartyIsOfThatState() {
        List<Event> es = code("Rafael Ortiz of the Party of Labour of Albania praised the leader's achievements.");
        assertThat(mainActorIs(es, "ALB")).as(GoldEvents.describe(es)).isTrue();
    }

    @Test void anAgencysRepresentativeInAStateIsNotOfThatState() {
        List<Event> es = code("The representative of the World Food Programme in Myanmar praised the government's efforts.");
        assertThat(mainActorIs(es, "MMR")).as(GoldEvents.describe(es)).isFalse();
    }
}
