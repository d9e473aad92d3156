package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A document that speaks ("..., the statement said", "It noted that ...") speaks for whoever issued it, and each
 * reporting clause is an act of its own; on sentences written for this test.
 */
class DocumentVoicesTest {

    private static boolean praise(Event e, String speakerWord, String praisedWord) {
        return String.valueOf(e.type()).equals("SUPPORT")
                && e.actors().stream().anyMatch(p -> p.name().contains(speakerWord))
                && e.recipients().stream().anyMatch(p -> p.name().contains(praisedWord));
    }

    @Test void aJudgementTheArticleStressesIsItsIssuersPraise() {
        eventsOf("The Socialist Party of Romania issued a statement on Monday on the birthday of Nelson Mandela.\n\n"
                + "Nelson Mandela performed undying feats for the liberation of Africa, the statement stressed.")
                .anyMatch(e -> praise(e, "Socialist Party", "Mandela"));
    }

    @Test void itNotingAJudgementAfterAStatementIsTheIssuersPraise() {
        eventsOf("The Socialist Party of Romania issued a statement on Monday on the birthday of Nelson Mandela.\n\n"
                + "Nelson Mandela is the greatest hero of Africa, it noted.")
                .anyMatch(e -> praise(e, "Socialist Party", "Mandela"));
    }

    @Test void blameTheStatementReportsIsItsIssuersAccusation() {
        eventsOf("The Solidarity Forum of Peru issued a statement on Friday on the naval drills.\n\n"
                + "The statement said the Chilean government had violated the border treaty.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "PER", "CHL"));
    }

    @Test void aPaperSpeakingInACommentaryIsTheIssuerOfWhatItNotesNext() {
        eventsOf("The Cuban newspaper Granma said in a commentary on Monday that the embargo is a relic of the past.\n\n"
                + "It noted that the United States government had violated the migration accord.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "CUB", "USA"));
    }

    @Test void twoReportingClausesOfOneStatementAreTwoActs() {
        eventsOf("The Socialist Party of Romania issued a statement on Monday on the birthday of Nelson Mandela.\n\n"
                + "Nelson Mandela performed undying feats for the liberation of Africa, it noted.\n\n"
                + "Nelson Mandela is the greatest hero of the continent, it stressed.")
                // (s31) the statement issued on the birthday is a praise of its own (PublishedPraise), not one of these
                .filteredOn(e -> praise(e, "Socialist Party", "Mandela") && !"issued".equals(e.trigger())).hasSize(2);
    }

    @Test void aStatementNoOneIssuedInTheStoryAccusesForNoState() {
        eventsOf("The statement said the Chilean government had violated the border treaty.")
                .noneMatch(e -> String.valueOf(e.type()).equals("ACCUSE")
                        && e.actors().stream().anyMatch(p -> p.country() != null));
    }
}
