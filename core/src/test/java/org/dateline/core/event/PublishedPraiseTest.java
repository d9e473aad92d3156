package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A publication that acclaims someone is its publisher's praise of that one; a publication that names no
 * one, or acclaims no one, praises no one. On sentences written for this test.
 */
class PublishedPraiseTest {

    private static boolean praise(Event e, String publisherCountry, String praisedWord) {
        return String.valueOf(e.type()).equals("SUPPORT")
                && e.actors().stream().anyMatch(p -> publisherCountry.equals(p.country()))
                && e.recipients().stream().anyMatch(p -> p.name().contains(praisedWord));
    }

    @Test void aPaperCarryingAnArticleThatAcclaimsALeaderPraisesHim() {
        eventsOf("The Chilean newspaper El Siglo carried an article titled \"Nelson Mandela, a great hero of Africa\" on March 3.")
                .anyMatch(e -> praise(e, "CHL", "Mandela") && e.date() != null && e.date().endsWith("-03-03"));
    }

    @Test void aPartysStatementOnALeadersBirthAnniversaryPraisesHim() {
        eventsOf("The Socialist Party of Portugal issued a statement on July 12 on the occasion of the birth anniversary of Nelson Mandela.")
                .anyMatch(e -> praise(e, "PRT", "Mandela"));
    }

    @Test void aLeadersWorkPostedByACommitteeIsTheCommitteesPraise() {
        eventsOf("Nelson Mandela's work \"Long Walk to Freedom\" was posted on the website by the Danish Committee for Solidarity with Africa on May 9.")
                .anyMatch(e -> praise(e, "DNK", "Mandela"));
    }

    @Test void theAcclaimingPaperIsCodedAsMedia() {
        eventsOf("The Chilean newspaper El Siglo carried an article titled \"Nelson Mandela, a great hero of Africa\" on March 3.")
                .anyMatch(e -> e.actors().stream().anyMatch(p -> "MED".equals(p.sector())));
    }

    @Test void anArticleOnAThingPraisesNoOne() {
        eventsOf("The Kenyan newspaper Daily Nation carried an article on the maize harvest on Monday.")
                .noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }

    @Test void anArticleAboutAPersonWithNoTributeIsNoPraise() {
        eventsOf("The Chilean newspaper El Siglo carried an article about Nelson Mandela on March 3.")
                .noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }

    @Test void aPaperPrintingALeadersPhotoPraisesTheLeader() {
        eventsOf("The Chilean newspaper El Siglo carried an article illustrated with a photo of Nelson Mandela on March 3.")
                .anyMatch(e -> praise(e, "CHL", "Mandela"));
    }

    @Test void aPaperPrintingAPhotoOfAHarbourPraisesNoOne() {
        eventsOf("The Chilean newspaper El Siglo carried an article illustrated with a photo of the harbour on March 3.")
                .noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }

    @Test void anIssueOfAPaperIsPublishedByThePaper() {
        eventsOf("The February issue of the Chilean newspaper El Siglo carried an article illustrated with a photo of Nelson Mandela.")
                .anyMatch(e -> praise(e, "CHL", "Mandela"));
    }

    @Test void aLibrarysBulletinOnALeadersAnniversaryPraisesHim() {
        eventsOf("The People's Library of Arequipa in Peru issued a bulletin on August 23 on the anniversary of Nelson Mandela's election.")
                .anyMatch(e -> praise(e, "PER", "Mandela") && e.actors().stream().anyMatch(p -> "CVL".equals(p.sector())));
    }

    // stop s50: a publisher the tagger does not know by name is placed by its kind and its country
    @Test void aSmallPaperNamedWithItsCountryPraisesThroughItsArticle() {
        eventsOf("The April issue of the Kenyan paper Wanjiku's Voice carried an article praising Nelson Mandela's exploits.")
                .anyMatch(e -> praise(e, "KEN", "Mandela") && e.actors().stream().anyMatch(p -> "MED".equals(p.sector())));
    }

    @Test void aBroadcasterOfACountryCarryingNewsOfALeadersActivitiesWithHisPhotosPraisesHim() {
        eventsOf("A TV of Ghana carried the news of Nelson Mandela's activities with his photos on March 3.")
                .anyMatch(e -> praise(e, "GHA", "Mandela"));
    }

    @Test void aPaperKnownByTheOrganItIsOfACountrysPartyIsThatCountrysPaper() {
        eventsOf("The March issue of Wanjiku Voice, the organ of the Socialist Party of Kenya, carried an article illustrated with a photo of Nelson Mandela.")
                .anyMatch(e -> praise(e, "KEN", "Mandela"));
    }

    @Test void aPaperPlacedInNoCountryIsStillNotCoded() {
        eventsOf("The paper Wanjiku's Voice carried an article praising Nelson Mandela's exploits on March 3.")
                .noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }

    @Test void newsOfAHarvestPraisesNoOne() {
        eventsOf("A TV of Ghana carried the news of the harvest in the north on March 3.")
                .noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }

    @Test void aLeadersWorkPostedOnAnInstitutesWebsiteIsTheInstitutesPraise() {
        eventsOf("Nelson Mandela's work \"Long Walk to Freedom\" was posted on the website of the Danish Institute for"
                + " African Studies on May 9.")
                .anyMatch(e -> praise(e, "DNK", "Mandela"));
    }

    @Test void anArticlePostedOnANamedForeignWebsiteIsThatWebsitesPraise() {
        eventsOf("Posted on the Chilean website Vientos on March 3 was an article titled \"Nelson Mandela, a great hero of"
                + " Africa\".")
                .anyMatch(e -> praise(e, "CHL", "Mandela"));
    }

    @Test void aReportPostedOnAWebsiteWithNoTributePraisesNoOne() {
        eventsOf("A report on the harvest was posted on the website of the Danish Institute for African Studies on May 9.")
                .noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }
}
