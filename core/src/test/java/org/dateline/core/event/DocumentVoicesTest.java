package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A document that speaks ("..., the statement said", "It noted that ...") speaks for whoever issued it, and the
 * reporting clauses of one statement are one act per type (CODING.md question 130); on sentences written for this test.
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

    @Test void twoReportingClausesOfOneStatementAreOnePraise() {
        // (s51, CODING.md question 130; s31 read them as two acts) the statement issued on the birthday, "it noted"
        // and "it stressed" tell one praise by one speaker
        eventsOf("The Socialist Party of Romania issued a statement on Monday on the birthday of Nelson Mandela.\n\n"
                + "Nelson Mandela performed undying feats for the liberation of Africa, it noted.\n\n"
                + "Nelson Mandela is the greatest hero of the continent, it stressed.")
                .filteredOn(e -> praise(e, "Socialist Party", "Mandela")).hasSize(1);
    }

    @Test void anotherStatementIssuedOnAnotherDayIsASecondPraise() {
        // the ruling's exception: the text tells a statement issued anew
        eventsOf("The Socialist Party of Romania issued a statement on Monday praising Nelson Mandela.\n\n"
                + "Nelson Mandela performed undying feats for the liberation of Africa, it noted.\n\n"
                + "On Tuesday the Socialist Party of Romania issued another statement praising Nelson Mandela.")
                .filteredOn(e -> praise(e, "Socialist Party", "Mandela")).hasSize(2);
    }

    @Test void aStatementNoOneIssuedInTheStoryAccusesForNoState() {
        eventsOf("The statement said the Chilean government had violated the border treaty.")
                .noneMatch(e -> String.valueOf(e.type()).equals("ACCUSE")
                        && e.actors().stream().anyMatch(p -> p.country() != null));
    }

    @Test void twoSpeakersNamedByOneTitleInTwoCountriesAreTwoPraises() {
        // (s52) "the president" of a Mexican and of a French body: one title, two speakers
        eventsOf("Meetings marking the birthday of Nelson Mandela took place in Mexico and France in July.\n\n"
                + "The president of the Mexican Committee for African Solidarity said that Nelson Mandela was the "
                + "greatest hero of the century.\n\n"
                + "The president of the French Association for African Solidarity said that Nelson Mandela had freed "
                + "a whole continent.")
                .anyMatch(e -> GoldEvents.typed(e, "SUPPORT", "MEX", "ZAF"))
                .anyMatch(e -> GoldEvents.typed(e, "SUPPORT", "FRA", "ZAF"));
    }
}
