package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class AuthorsTest {
    private static List<String> authors(String body) {
        return credits(body).people();
    }

    private static Authors.Byline credits(String body) {
        Document doc = Jsoup.parse("<html><body>" + body + "</body></html>", "https://news.example.org/2023/ferry");
        return Authors.of(doc, JsonLd.of(doc));
    }

    @Test
    void aLinkToTheAuthorsOwnPageNamesTheAuthor() {
        assertThat(authors("<h1>Ferry fares rise</h1><p>By <a href=\"/author/jdoe\">Jane Doe</a></p><p>Text</p>"))
                .containsExactly("Jane Doe");
    }

    @Test
    void coAuthorsLinkedSideBySideAreAllNamed() {
        assertThat(authors("<div class=\"meta\"><span>By <a href=\"/writer/12/Jane_Doe/\">Jane Doe</a></span> and "
                + "<span><a href=\"https://www.news.example.org/writer/13/Omar_Haddad/\">Omar Haddad</a></span></div>"))
                .containsExactly("Jane Doe", "Omar Haddad");
    }

    @Test
    void anAuthorLinkInARelatedStoriesBoxIsNoByline() {
        assertThat(authors("<h1>Ferry fares rise</h1><div class=\"related-posts\"><div><a href=\"/author/kim\">Kim Lee"
                + "</a></div></div><p>Text</p>")).isEmpty();
    }

    @Test
    void aLinkToAProfileOnAnotherSiteIsNoByline() {
        assertThat(authors("<h1>Ferry fares rise</h1><a href=\"https://social.example.com/author/harbour\">Blue Sky</a>"))
                .isEmpty();
    }

    @Test
    void aBrandWithDigitsInTheAuthorTagIsNoPersonCutShort() {
        assertThat(authors("<head><meta name=\"author\" content=\"Quill9\"></head><h1>Ferry fares rise</h1>"))
                .doesNotContain("Quill");
    }

    @Test
    void aOneWordNameGoingOnInLowerCaseIsAPhraseNotAWriter() {
        assertThat(authors("<h1>Ferry fares rise</h1><a rel=\"author\" href=\"/\">Tides in the Harbour</a><p>Text</p>"))
                .isEmpty();
        assertThat(authors("<h1>Ferry fares rise</h1><a rel=\"author\" href=\"/\">Mara Quell in Transport</a>"))
                .containsExactly("Mara Quell");
    }

    @Test
    void aSortingMenusByOptionIsNoCredit() {
        assertThat(authors("<h1>Ferry tickets</h1><select><option>By Price</option><option>By Rating</option></select>"
                + "<p>Tickets for every crossing.</p>")).isEmpty();
    }

    @Test
    void aWireCreditNamesTheAgencyAndNoAuthor() {
        Authors.Byline b = credits("<h1>Ferry fares rise</h1><div class=\"byline\">By The Associated Press</div><p>Text</p>");
        assertThat(b.people()).isEmpty();
        assertThat(b.agency()).isEqualTo("AP");
    }

    @Test
    void anAgencyAfterAWritersNameIsTheAgencyAndTheWriterStaysTheAuthor() {
        Authors.Byline b = credits("<head><meta name=\"author\" content=\"Mara Quell The Associated Press\"></head>"
                + "<h1>Mill reopens</h1>");
        assertThat(b.people()).containsExactly("Mara Quell");
        assertThat(b.agency()).isEqualTo("AP");
    }

    @Test
    void anAgencyInBracketsAmongWritersIsNoAuthor() {
        Authors.Byline b = credits("<div class=\"byline\">By Ines Varga and Tomas Reed (AFP)</div>");
        assertThat(b.people()).containsExactly("Ines Varga", "Tomas Reed");
        assertThat(b.agency()).isEqualTo("AFP");
    }

    @Test
    void anOrganisationAfterAWriterIsWhereTheWriterWorksNotACoAuthor() {
        assertThat(authors("<span itemprop=\"author\">Lena Ortiz and Paul Brandt, Harbour Times</span>"))
                .containsExactly("Lena Ortiz", "Paul Brandt");
        assertThat(authors("<span itemprop=\"author\">Rob Keller, Courtside Report</span>")).containsExactly("Rob Keller");
    }

    @Test
    void aNewsroomCreditedAsStaffIsKeptAsTheAuthor() {
        assertThat(authors("<head><meta name=\"author\" content=\"Harbour Times Staff\"></head><h1>Tide tables</h1>"))
                .containsExactly("Harbour Times Staff");
        assertThat(authors("<div class=\"byline\">By Jane Doe, Staff Writer</div>")).containsExactly("Jane Doe");
    }

    @Test
    void aByLineInPlainTextBelowTheHeadlineNamesTheAuthor() {
        assertThat(authors("<h1>2023 Roadster review</h1><div><p>Warm week, open road</p><div>Photos and Story By "
                + "Dana Whitfield<br>Special Correspondent to the Car Weekly</div></div><p>The roadster arrived.</p>"))
                .containsExactly("Dana Whitfield");
    }

    @Test
    void aByPhraseFarBelowTheHeadlineIsNoByline() {
        StringBuilder story = new StringBuilder("<h1>Ferry fares rise</h1>");
        for (int i = 0; i < 70; i++) story.append("<p>Paragraph ").append(i).append("</p>");
        assertThat(authors(story + "<p>By Jane Doe</p>")).isEmpty();
    }

    @Test
    void aCreditThatIsOnlyAnEmployerAfterAnEmptyNameGivesWayToTheBylineOnThePage() {
        assertThat(authors("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Crash\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\", The Harbour Journal\"}}</script>"
                + "<h1>Crash</h1><span class=\"author\">Rosa Lind</span>")).containsExactly("Rosa Lind");
    }

    @Test
    void aGenerationalSuffixKeepsItsFullStop() {
        assertThat(authors("<div class=\"byline\">By Owen Marsh Jr.</div>")).containsExactly("Owen Marsh Jr.");
        assertThat(authors("<div class=\"byline\">By Owen Marsh.</div>")).containsExactly("Owen Marsh");
    }

    @Test
    void aByWordInItsOwnElementBelowTheHeadlineCreditsTheNameThatFollows() {
        assertThat(authors("<h1>Cloud costs in 2025</h1><div><span>By</span> <span>Summer Vale</span> - <span>June 12, "
                + "2025</span></div><p>Text</p>")).containsExactly("Summer Vale");
        assertThat(authors("<h1>Teen sleep</h1><div><b>Author:</b><span> Nia Patel </span></div><p>Text</p>"))
                .containsExactly("Nia Patel");
    }

    @Test
    void aSitesOwnTeamCreditIsKeptWholeButAPersonBeforeTheSiteLosesTheSite() {
        String site = "<head><meta property=\"og:site_name\" content=\"Harbour Gazette\"></head>";
        assertThat(authors(site + "<a rel=\"author\" href=\"/author/team\">Team Harbour Gazette</a>"))
                .containsExactly("Team Harbour Gazette");
        assertThat(authors(site + "<a rel=\"author\" href=\"/author/ana\">Ana Lima Harbour Gazette</a>"))
                .containsExactly("Ana Lima");
    }

    @Test
    void aForumThreadIsCreditedToWhoOpenedItUnderTheirHandle() {
        String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":"
                + "\"DiscussionForumPosting\",\"headline\":\"Which kayak for a beginner?\",\"author\":{\"@type\":"
                + "\"Person\",\"name\":\"blue_kite42\"},\"comment\":[{\"@type\":\"Comment\",\"author\":"
                + "{\"@type\":\"Person\",\"name\":\"Ola Berg\"}}]}</script>";
        assertThat(authors(ld + "<h1>Which kayak for a beginner?</h1><p>Any advice?</p>")).containsExactly("blue_kite42");
    }

    @Test
    void aQuestionPageIsCreditedToWhoAskedTheQuestion() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"QAPage\",\"mainEntity\":{\"@type\":"
                + "\"Question\",\"name\":\"How to dry a tent?\",\"author\":{\"@type\":\"Person\",\"name\":"
                + "\"mara.q\"},\"acceptedAnswer\":{\"@type\":\"Answer\",\"author\":{\"@type\":\"Person\","
                + "\"name\":\"Tove Lind\"}}}}</script>";
        assertThat(authors(ld + "<h1>How to dry a tent?</h1>")).containsExactly("mara.q");
    }

    @Test
    void anElementWhoseClassPartsNameTheAuthorHoldsTheByline() {
        assertThat(authors("<h1>Ferry fares rise</h1><div class=\"post-hero__author-photo\"><img src=\"/a.jpg\"></div>"
                + "<span class=\"post-hero__author\">Ines Varga</span><p>Text of the story.</p>"))
                .containsExactly("Ines Varga");
    }

    @Test
    void anAuthorsJobTitleAndBioAreNoByline() {
        assertThat(authors("<h1>Ferry fares rise</h1><div class=\"author-title\">Senior Analyst</div>"
                + "<div class=\"author-bio\">Writes about ports.</div><p>Text of the story.</p>")).isEmpty();
    }

    @Test
    void aCommentersNameIsNoByline() {
        assertThat(authors("<h1>Ferry fares rise</h1><p>Text of the story.</p><div class=\"comments\">"
                + "<span class=\"comment-author\">Ruth Okafor</span><p>Nice.</p></div>")).isEmpty();
    }

    @Test
    void anAuthorLabelBeforeTheNameIsNoPartOfIt() {
        assertThat(authors("<h1>Ferry fares rise</h1><div class=\"entry-author\">Author: Ines Varga</div><p>Text.</p>"))
                .containsExactly("Ines Varga");
    }

    @Test
    void aPageOfTeasersEachWithItsAuthorHasNoByline() {
        StringBuilder page = new StringBuilder("<h1>Latest stories</h1>");
        for (String n : new String[] {"Ines Varga", "Tomas Reed", "Ola Berg", "Ruth Okafor", "Kim Lee", "Mara Quell",
                "Omar Haddad"}) {
            page.append("<div class=\"card\"><h2>A story</h2><span class=\"author\">").append(n).append("</span></div>");
        }
        assertThat(authors(page.toString())).isEmpty();
    }

    @Test
    void anAcronymAfterAWritersNameIsTheWritersNewsroom() {
        assertThat(authors("<head><meta name=\"author\" content=\"Ines Varga, KWXR\"></head><h1>Mill reopens</h1>"))
                .containsExactly("Ines Varga");
    }

    @Test
    void anInstitutionNamedWithOfIsCreditedWhole() {
        assertThat(authors("<head><meta name=\"author\" content=\"University of Eastmoor\"></head><h1>Mill reopens</h1>"))
                .containsExactly("University of Eastmoor");
    }

    @Test
    void anInstitutionAfterAWritersNameIsWhereTheWriterWorks() {
        assertThat(authors("<head><meta name=\"author\" content=\"Tomas Reed, Institute for Coastal Studies\"></head>"
                + "<h1>Mill reopens</h1>")).containsExactly("Tomas Reed");
    }

    @Test
    void aDegreeAfterAWritersNameIsNoNewsroom() {
        assertThat(authors("<head><meta name=\"author\" content=\"Ines Varga, CFP\"></head><h1>Mill reopens</h1>"))
                .contains("Ines Varga", "CFP");
    }

    @Test
    void theVisibleBylineAddsTheCoAuthorsTheMetadataLeftOut() {
        assertThat(authors("<head><meta name=\"author\" content=\"Ines Varga\"></head><h1>Mill reopens</h1>"
                + "<div class=\"byline\">By Ines Varga and Tomas Reed</div><p>Text.</p>"))
                .containsExactly("Ines Varga", "Tomas Reed");
    }

    @Test
    void aVisibleBylineNamingSomeoneElseLeavesTheMetadataAuthor() {
        assertThat(authors("<head><meta name=\"author\" content=\"Ines Varga\"></head><h1>Mill reopens</h1>"
                + "<div class=\"byline\">By Tomas Reed and Ola Berg</div><p>Text.</p>")).containsExactly("Ines Varga");
    }

    @Test
    void aRoleOrEmployerInTheVisibleBylineAddsNoCoAuthor() {
        assertThat(authors("<head><meta name=\"author\" content=\"Ines Varga\"></head><h1>Mill reopens</h1>"
                + "<div class=\"byline\">Ines Varga, Guest Columnists, Eastmoor National Institute</div><p>Text.</p>"))
                .containsExactly("Ines Varga");
    }

    private static List<String> withHead(String head, String body) {
        Document doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>",
                "https://blog.example.org/tips");
        return Authors.of(doc, JsonLd.of(doc)).people();
    }

    @Test
    void theWriterOfAShareCardIsTakenAsWrittenWhenNothingElseCreditsAnyone() {
        String card = "<meta name=\"twitter:label1\" content=\"Est. reading time\"><meta name=\"twitter:data1\" "
                + "content=\"4 minutes\"><meta name=\"twitter:label2\" content=\"Written by\">"
                + "<meta name=\"twitter:data2\" content=\"gardenhandle\">";
        assertThat(withHead(card, "<h1>Pruning roses</h1><p>Cut above an outward bud.</p>")).containsExactly("gardenhandle");
        assertThat(withHead(card.replace("Written by", "Geschrieben von"), "<h1>Rosen schneiden</h1><p>Text</p>"))
                .containsExactly("gardenhandle");
    }

    @Test
    void aShareCardsWriterGivesWayToAVisibleBylineAndIsNoEmailAddressNorTheDefaultAccount() {
        String card = "<meta name=\"twitter:label1\" content=\"Written by\"><meta name=\"twitter:data1\" "
                + "content=\"webteam\">";
        assertThat(withHead(card, "<h1>Pruning roses</h1><p>By Marta Silva</p><p>Cut above an outward bud.</p>"))
                .containsExactly("Marta Silva");
        assertThat(withHead(card.replace("webteam", "desk@blog.example.org"), "<h1>Pruning roses</h1><p>Text</p>"))
                .isEmpty();
        assertThat(withHead(card.replace("Written by", "Est. reading time"), "<h1>Pruning roses</h1><p>Text</p>"))
                .isEmpty();
        assertThat(withHead(card.replace("webteam", "admin"), "<h1>Pruning roses</h1><p>Text</p>")).isEmpty();
    }

    @Test
    void aPersonalSiteDeclaringItsOwnNameAsTheWriterIsCreditedToItsOwner() {
        assertThat(authors("<meta property=\"og:site_name\" content=\"Mara Quell\"><meta name=\"author\" "
                + "content=\"Mara Quell\"><h1>Notes on ferries</h1><p>I took the night boat again.</p>"))
                .containsExactly("Mara Quell");
    }

    @Test
    void aNewsroomNamingItselfAsTheWriterCreditsNoOne() {
        assertThat(authors("<meta property=\"og:site_name\" content=\"Harbour Gazette\"><meta name=\"author\" "
                + "content=\"Harbour Gazette\"><h1>Ferry fares rise</h1><p>Fares rose again.</p>")).isEmpty();
    }

    @Test
    void aSiteNamedLikeAPersonGivesWayToTheWriterItsBylineCredits() {
        assertThat(authors("<meta property=\"og:site_name\" content=\"Green Hill Trust\"><meta name=\"author\" "
                + "content=\"Green Hill Trust\"><h1>Planting season</h1><div class=\"byline\">By Omar Haddad</div>"
                + "<p>We planted oaks.</p>")).containsExactly("Omar Haddad");
    }

    @Test
    void theWriterACxenseTagNamesIsCredited() {
        assertThat(authors("<meta name=\"cXenseParse:author\" content=\"Jane Doe\"><h1>Smart plugs</h1>"
                + "<p>We tested ten.</p>")).containsExactly("Jane Doe");
    }
    private static List<String> threadAuthors(String body) {
        Document doc = Jsoup.parse("<html><body>" + body + "</body></html>", "https://forum.example.org/t/tents/12");
        return Authors.of(doc, JsonLd.of(doc), true).people();
    }

    @Test
    void aThreadIsCreditedToTheHandleTheForumMarksOnItsFirstPost() {
        String posts = "<h1>Which tent for two?</h1><div class=\"post\"><a class=\"message-username\">kite_77</a>"
                + "<p>Looking for a light tent.</p></div><div class=\"post\"><a class=\"message-username\">Ola Berg</a>"
                + "<p>Try a tunnel tent.</p></div>";
        assertThat(threadAuthors(posts)).containsExactly("kite_77");
    }

    @Test
    void aThreadsOpenerNamedInMicrodataComesBeforeAReplierWhoseNameLooksLikeAPersons() {
        String posts = "<h1>Why is a mirror no backup?</h1><div itemprop=\"author\" itemscope>"
                + "<meta itemprop=\"name\" content=\"mqx\"></div><p>Asked here.</p><div itemprop=\"author\" itemscope>"
                + "<meta itemprop=\"name\" content=\"Tomas Reed\"></div><p>Because deletions are mirrored too.</p>";
        assertThat(threadAuthors(posts)).containsExactly("mqx");
    }

    @Test
    void aCommentersUsernameOnAStoryPageIsNoAuthor() {
        assertThat(authors("<h1>Ferry fares rise</h1><p>Text of the story.</p><div class=\"replies\">"
                + "<span class=\"username\">kite_77</span><p>Nice.</p></div>")).isEmpty();
    }

    @Test
    void aFirstNameThatIsAlsoAMonthIsNoDate() {
        assertThat(authors("<meta name=\"author\" content=\"April Lund\"><h1>Smart plugs</h1><p>We tested ten.</p>"))
                .containsExactly("April Lund");
        assertThat(authors("<h1>Smart plugs</h1><div class=\"byline\">By Ines Varga Sept. 18, 2019</div><p>Text.</p>"))
                .containsExactly("Ines Varga");
    }

    @Test
    void theNamePartOfAnAuthorBoxIsTheByline() {
        assertThat(authors("<h1>Smart plugs</h1><p>We tested ten plugs.</p><div class=\"widget-author-box\">"
                + "<h4 class=\"widget-author-box__name\">Ines Varga</h4><div class=\"widget-author-box__bio\">"
                + "Ines writes about homes and the gadgets in them.</div></div>")).containsExactly("Ines Varga");
    }

    @Test
    void anAuthorBoxAsAWholeIsNoByline() {
        assertThat(authors("<h1>Smart plugs</h1><p>We tested ten plugs.</p><div class=\"author-box\">"
                + "Meet the team behind the tests</div>")).isEmpty();
    }

    @Test
    void aJobSetUnderTheNameInAnAuthorBoxIsNoPartOfTheName() {
        assertThat(authors("<h1>Smart plugs</h1><div class=\"author-info\"><div>Tomas Reed</div>"
                + "<div>Senior Writer</div></div><p>We tested ten plugs.</p>")).containsExactly("Tomas Reed");
        assertThat(authors("<h1>Smart plugs</h1><div class=\"byline\">Staff Writer</div><p>Text.</p>")).isEmpty();
        assertThat(authors("<h1>Smart plugs</h1><div class=\"author-info\">Liza Moss Marketing Manager</div><p>Text.</p>"))
                .containsExactly("Liza Moss");
        assertThat(authors("<head><meta name=\"author\" content=\"Ines Varga, Chief Technology Officer\"></head>"
                + "<h1>Mill reopens</h1>")).containsExactly("Ines Varga");
        assertThat(authors("<meta property=\"og:site_name\" content=\"Harbour Watch Weekly\"><h1>Mill reopens</h1>"
                + "<div class=\"author-info\">Harbour Watch Weekly Staff Writer</div><p>Text.</p>"))
                .doesNotContain("Harbour Watch");
    }

    @Test
    void shortDegreesAfterAWritersNameStayWithTheCredit() {
        assertThat(authors("<head><meta name=\"author\" content=\"Ines Varga, MS, RD\"></head><h1>Mill reopens</h1>"))
                .containsExactly("Ines Varga", "MS", "RD");
        assertThat(authors("<head><meta name=\"author\" content=\"MD, Ines Varga\"></head><h1>Mill reopens</h1>"))
                .containsExactly("Ines Varga");
    }

    @Test
    void aPublisherWhoseNameHasAnAmpersandIsCutFromThePersonItFollows() {
        String site = "<head><meta property=\"og:site_name\" content=\"Herald & Courier\"><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Lakeside Herald & Courier\"}}"
                + "</script></head>";
        assertThat(authors(site + "<h1>Mill reopens</h1><div class=\"byline\"><span>Ana Lima</span>"
                + "<span>Lakeside Herald & Courier</span></div><p>Text</p>")).containsExactly("Ana Lima");
        assertThat(authors(site + "<h1>Mill reopens</h1><div class=\"byline\">Ana Lima and Tomas Reed</div>"))
                .containsExactly("Ana Lima", "Tomas Reed");
    }

    @Test
    void aBylineIsFoundInsideAnAsideLeftOpenAroundTheWholePage() {
        assertThat(authors("<aside class=\"banner\"><p>Spring sale on now</p><main><article><h1>Mill reopens</h1>"
                + "<span class=\"post-author\">Ana Lima</span><p>Text</p></article></main>")).containsExactly("Ana Lima");
        assertThat(authors("<main><article><h1>Mill reopens</h1><p>Text</p></article><aside>"
                + "<span class=\"post-author\">Ana Lima</span></aside></main>")).isEmpty();
    }

    private static final String LONG_STORY =
            "<p>Fares rise in May, the harbour board said, and season tickets rise with them.</p>".repeat(70);

    @Test
    void aWrittenByLineUnderTheStoryNamesTheWriterWhereNothingElseDoes() {
        assertThat(authors("<h1>Ferry fares rise</h1><div class=\"story\">" + LONG_STORY + "</div><div class=\"box\">"
                + "<p>Written by Mara Quell</p></div>")).containsExactly("Mara Quell");
    }

    @Test
    void aContributorsLabelInItsOwnElementNamesTheWriters() {
        assertThat(authors("<h1>Ferry fares rise</h1><div class=\"story\">" + LONG_STORY + "</div><div class=\"tags\">"
                + "<div><strong>Contributors:</strong> Mara Quell</div></div>")).containsExactly("Mara Quell");
    }

    @Test
    void aSentenceThatOpensWithWrittenByIsNoCreditLine() {
        assertThat(authors("<h1>Ferry fares rise</h1><p>Written by hand in 1890, the harbour charter sets the fares "
                + "of every ferry crossing the bay.</p>")).isEmpty();
    }

    @Test
    void aWrittenByLineInTheCommentsIsNoCreditLineOfThePage() {
        Document doc = Jsoup.parse("<html><body><h1>Ferry fares rise</h1><p>Fares rise in May.</p>"
                + "<div class=\"comments\"><p>Written by Oren Vale</p></div></body></html>");
        assertThat(LabelledCredit.of(doc)).isEmpty();
        assertThat(LabelledCredit.names("Written by Oren Vale")).isEqualTo("Oren Vale");
        assertThat(LabelledCredit.names("Contributors Oren Vale")).isNull();
    }

    @Test
    void namesAfterAHelpersLabelAreNoAuthors() {
        assertThat(authors("<h1>Ferry fares rise</h1><div><div class=\"byline\">By <a href=\"/author/jdoe\">Jane Doe</a>"
                + " Contributions from <a href=\"/author/ohaddad\">Omar Haddad</a></div></div><p>Text</p>"))
                .containsExactly("Jane Doe");
        assertThat(Authors.names(java.util.List.of("Jane Doe and Omar Haddad; Edited by Li Wei"), null,
                java.util.List.of())).containsExactly("Jane Doe", "Omar Haddad");
        assertThat(HelperCredits.writersOnly("Jane Doe, Medically reviewed by Dr Omar Haddad")).isEqualTo("Jane Doe");
        assertThat(authors("<h1>Ferry fares rise</h1><div class=\"byline\">Medically reviewed by Omar Haddad, MD \u2014 "
                + "Written by Jane Doe, MS, RD</div><p>Text</p>")).containsExactly("Jane Doe", "MS", "RD");
    }

    @Test
    void aStructuredAuthorIsNotWidenedByTheHelpersOfTheVisibleByline() {
        assertThat(authors("<head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Ferry fares rise\",\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"}}"
                + "</script></head><h1>Ferry fares rise</h1><div class=\"author-byline\">By Jane Doe, additional "
                + "reporting by Omar Haddad</div><p>Text</p>")).containsExactly("Jane Doe");
    }

    @Test
    void aContributorTheMetadataListsAsAuthorIsDroppedWhenTheBylineLabelsHimAHelper() {
        String ld = "<head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ferry "
                + "fares rise\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\","
                + "\"name\":\"Omar Haddad\"}]}</script></head><h1>Ferry fares rise</h1>";
        assertThat(authors(ld + "<div class=\"author-byline\"><span>By Jane Doe</span> <span>Contributions from "
                + "<span>Omar Haddad</span></span></div><p>Text</p>")).containsExactly("Jane Doe");
        String ldRd = ld.replace("Jane Doe\"}", "Jane Doe, MS, RD\"}");
        assertThat(authors(ldRd + "<div class=\"author-byline\"><span>By Jane Doe, MS, RD</span> <span>Reviewed by "
                + "<span>Omar Haddad, RDN</span></span></div><p>Text</p>")).containsExactly("Jane Doe", "MS", "RD");
        assertThat(authors(ld + "<div class=\"author-byline\">By Jane Doe and Omar Haddad</div><p>Text</p>"))
                .containsExactly("Jane Doe", "Omar Haddad");
    }

    @Test
    void anAuthorsPageLinkedFromASectionMenuIsNoByline() {
        assertThat(authors("<h1>Ferry fares rise</h1><ul><li><a href=\"/opinion/letters\">Letters</a></li>"
                + "<li><a href=\"/opinion/editorials\">Editorials</a></li><li><a href=\"/author/kim-lee\">Kim Lee</a>"
                + "</li></ul><p>Text</p>")).isEmpty();
        assertThat(authors("<h1>Ferry fares rise</h1><ul class=\"credits\"><li><a href=\"/author/jdoe\">Jane Doe</a>"
                + "</li><li><a href=\"/author/ohaddad\">Omar Haddad</a></li><li><a href=\"/author/lwei\">Li Wei</a>"
                + "</li></ul><p>Text</p>")).containsExactly("Jane Doe", "Omar Haddad", "Li Wei");
    }
    @Test
    void aWordAloneAfterAWriterNamedInFullIsHerDeskNotACoAuthor() {
        assertThat(authors("<h1>Quiet keyboards tested</h1><div class=\"byline\">By Zoe Marsh, Peripherals</div>"
                + "<p>Text</p>")).containsExactly("Zoe Marsh");
    }

    @Test
    void writersNamedByFirstNameOnlyAreAllCredited() {
        assertThat(authors("<h1>Our trip north</h1><div class=\"byline\">By Ilse &amp; Marta</div><p>Text</p>"))
                .containsExactly("Ilse", "Marta");
    }

    @Test
    void aLabelOverAnAuthorBoxIsNoName() {
        assertThat(authors("<h1>Raised beds</h1><p>Text</p><div class=\"author-box\"><span class=\"author\">The Author"
                + "</span></div>")).isEmpty();
    }

    @Test
    void aButtonsWordInABlockNamedForACreatorIsNoName() {
        assertThat(authors("<h1>Courses</h1><div class=\"login-as-creator\"><a class=\"author\" href=\"/\">Cancel</a>"
                + "</div><p>Text</p>")).isEmpty();
    }

    @Test
    void aCertificationUnderItsRegistrationMarkStaysWithTheWritersCredit() {
        assertThat(authors("<head><meta name=\"author\" content=\"Dana Holt, CEPF\u00ae\"></head><h1>Budgeting</h1>"))
                .containsExactly("Dana Holt", "CEPF\u00ae");
    }
}
