package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.EventFixture.eventsOf;

import java.util.List;

import org.dateline.core.language.Gazetteer;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/** A name set beside a word for a paper or a broadcaster names a medium; on sentences and names written for this test. */
class ApposedPapersTest {
    private static final Gazetteer G = Gazetteer.standard();
    private static final String BODY = "The Peruvian newspaper La Voz Obrera said the talks had failed.";
    private static final Entity PERUVIAN = new Entity("Peruvian", EntityType.NATIONALITY, 4, 12, null, "PER", null, null, 0);

    @Test void aNameAfterAPaperWordIsThatPaperOfTheNationalitysState() {
        ApposedPapers papers = new ApposedPapers(BODY, List.of(PERUVIAN), G);
        Participant p = papers.medium(new Participant("La Voz Obrera", null, null), 0, BODY.length());
        assertThat(p.country()).isEqualTo("PER");
        assertThat(p.sector()).isEqualTo("MED");
    }

    @Test void theNationalitysStateCodedAsTheDoerIsThePaper() {
        ApposedPapers papers = new ApposedPapers(BODY, List.of(PERUVIAN), G);
        Participant p = papers.medium(new Participant(G.countryName("PER"), "PER", "GOV"), 0, BODY.length());
        assertThat(p.name()).isEqualTo("La Voz Obrera");
        assertThat(p.sector()).isEqualTo("MED");
    }

    @Test void aStateTheSentenceNamesItselfStaysTheState() {
        String body = "The Peruvian paper La Voz said Peru sent troops.";
        Entity peru = new Entity("Peru", EntityType.COUNTRY, 31, 35, null, "PER", null, null, 0);
        ApposedPapers papers = new ApposedPapers(body, List.of(PERUVIAN, peru), G);
        Participant p = papers.medium(new Participant(G.countryName("PER"), "PER", "GOV"), 0, body.length());
        assertThat(p.sector()).isEqualTo("GOV");
    }

    @Test void aNameAfterACapitalisedWordOrAnotherNounIsNoPaper() {
        String body = "The Paper Mill Union and the group Voz Obrera said so.";
        ApposedPapers papers = new ApposedPapers(body, List.of(), G);
        assertThat(papers.medium(new Participant("Mill Union", null, null), 0, body.length()).sector()).isNull();
        assertThat(papers.medium(new Participant("Voz Obrera", null, null), 0, body.length()).sector()).isNull();
    }

    @Test void aPaperOfAnotherSentenceChangesNothing() {
        ApposedPapers papers = new ApposedPapers(BODY, List.of(PERUVIAN), G);
        assertThat(papers.medium(new Participant("La Voz Obrera", null, null), BODY.length(), BODY.length() + 10).sector()).isNull();
    }

    @Test void aPaperThatCarriesAnArticleIsItsActor() {
        eventsOf("The Peruvian newspaper La Voz Obrera carried an article praising the Korean people on Monday.")
                .anyMatch(e -> e.actors().stream().anyMatch(p -> "PER".equals(p.country()) && "MED".equals(p.sector())));
    }
}
