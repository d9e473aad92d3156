package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.read.html.InventedPages.body;

import org.junit.jupiter.api.Test;

/**
 * The entries of a ranked list or a buying guide, each a block made like the others with its links and its own
 * prose, are read with the story; a run of linked teasers with no prose of their own is not. Invented pages.
 */
class AlikeRunsTest {
    private static final String PAGE = "https://www.trail-kitchen.example/guides/best-camp-stoves";
    private static final String INTRO = "We cooked breakfast and supper on eleven camp stoves over three seasons, "
            + "in wind, rain and at altitude, timing how long each took to boil a litre of snow melt and weighing the "
            + "fuel it burned, and these are the ones we would carry again.";
    private static final String OUTRO = "Whichever stove you choose, practise lighting it at home before the trip, "
            + "and carry a spare lighter in a sealed bag, since the cold that makes a hot drink welcome also makes "
            + "the igniter the first thing to fail.";
    private static final String[][] STOVES = {
        {"Ember Ridge Compact", "The Ember Ridge boiled a litre in just over three minutes in still air and "
            + "barely slowed in a stiff breeze, thanks to a burner that sits low inside its own windshield; it "
            + "folds to the size of a mug and weighs less than a pair of socks."},
        {"Saltmarsh Duo", "The Saltmarsh is the stove for two people who cook real meals: its wide burner "
            + "simmers without scorching, the pot supports take a frying pan, and the valve turns down low enough "
            + "to keep porridge from catching on the bottom of the pot."},
        {"Fellside Canister", "Cheap, plain and hard to break, the Fellside is what we lend to friends on their "
            + "first trip: it screws onto any standard canister, lights every time with a match, and costs less "
            + "than a night at a campsite in high season."},
        {"Northlight Hanging", "Built to hang from a tent's roof in a storm, the Northlight keeps its flame "
            + "steady when tipped and carries its own pot; it is heavy for a summer walk but has no rival on a "
            + "snowbound week when meals are cooked inside the porch."},
    };

    /** A guide's entry: linked name, its prose, a link to the full review, and a box of further links. */
    private static String entry(int rank, String[] stove) {
        String slug = stove[0].toLowerCase().replace(' ', '-');
        return "<div class='pick-card'><h2>" + rank + ". <a href='/reviews/" + slug + "'>" + stove[0] + "</a></h2>"
                + "<p>" + stove[1] + "</p>"
                + "<p><a href='/reviews/" + slug + "'>Read the full " + stove[0] + " review</a></p>"
                + "<div class='more-on'><h4>More on " + stove[0] + "</h4><ul>"
                + "<li><a href='/reviews/" + slug + "/spares'>Spare parts for the " + stove[0] + " and where to find them</a></li>"
                + "<li><a href='/reviews/" + slug + "/fuel'>How much fuel the " + stove[0] + " burns on a week's trip</a></li>"
                + "</ul></div></div>";
    }

    private static String guide() {
        StringBuilder sb = new StringBuilder("<html><body><nav><a href='/'>Home</a> <a href='/guides'>Guides</a></nav>"
                + "<article><p>" + INTRO + "</p><div class='picks'>");
        for (int i = 0; i < STOVES.length; i++) sb.append(entry(i + 1, STOVES[i]));
        return sb.append("</div><p>").append(OUTRO).append("</p></article></body></html>").toString();
    }

    @Test
    void theEntriesOfARankedGuideAreReadWithTheirLinks() throws Exception {
        String body = body(guide(), PAGE);
        for (String[] s : STOVES) assertThat(body).contains(s[1]);
        assertThat(body).contains(INTRO, OUTRO);
    }

    @Test
    void theBoxOfFurtherLinksInsideEachEntryStaysOut() throws Exception {
        assertThat(body(guide(), PAGE)).doesNotContain("Spare parts for the", "How much fuel the");
    }

    @Test
    void aRunOfLinkedTeasersWithNoProseOfTheirOwnStaysOut() throws Exception {
        StringBuilder teasers = new StringBuilder("<div class='cards'>");
        String[] titles = {"Twelve knots every camper should tie in the dark", "What to pack for a wet weekend on the fells",
                "The best sleeping mats for cold ground, tested", "How to pitch a tent in a gale without losing it"};
        for (String t : titles) {
            teasers.append("<div class='card'><h3><a href='/guides/").append(Math.abs(t.hashCode())).append("'>")
                    .append(t).append("</a></h3><span>Guides</span></div>");
        }
        teasers.append("</div>");
        String html = "<html><body><article><p>" + INTRO + "</p><p>" + STOVES[0][1] + "</p>" + teasers
                + "<p>" + OUTRO + "</p></article></body></html>";
        assertThat(body(html, PAGE)).contains(INTRO, OUTRO).doesNotContain("Twelve knots", "sleeping mats");
    }

    @Test
    void aProseBlockWithReviewLinksInsideAListOfPicksIsKept() throws Exception {
        StringBuilder list = new StringBuilder("<ol>");
        for (String[] s : STOVES) {
            String slug = s[0].toLowerCase().replace(' ', '-');
            list.append("<li><div class='head'><h2>").append(s[0]).append("</h2></div><div class='copy'><p>").append(s[1])
                    .append("</p><p><a href='/reviews/").append(slug).append("'>Read the full ").append(s[0])
                    .append(" review</a></p><p><a href='/deals/").append(slug).append("'>Compare prices for the ")
                    .append(s[0]).append("</a></p></div></li>");
        }
        list.append("</ol>");
        String html = "<html><body><article><p>" + INTRO + "</p>" + list + "<p>" + OUTRO + "</p></article></body></html>";
        String body = body(html, PAGE);
        for (String[] s : STOVES) assertThat(body).contains(s[1]);
    }

    @Test
    void aRunOfDatedPostsWithTheirStandfirstsStaysOut() throws Exception {
        String[][] posts = {
            {"Winter walking on the high fells: what changes when snow lies", "Mar 4, 2025", "Snow hides the path, "
                + "shortens the day and doubles the effort of every climb, and the walker who knows the fells in summer "
                + "meets a different country in February."},
            {"A week on the coast path with a dog, a tent and too much cheese", "Feb 20, 2025", "We set out to walk "
                + "the whole of the coast path in a week, camping each night above the beaches, and learned what a "
                + "sheepdog thinks of sea spray."},
            {"Why the old bothies matter more than ever to those who walk alone", "Jan 9, 2025", "The stone shelters "
                + "of the hills were built for shepherds and drovers, and they still save lives each winter when the "
                + "weather closes in faster than forecast."},
        };
        StringBuilder feed = new StringBuilder("<div class='more'>");
        for (String[] p : posts) {
            feed.append("<div class='card'><span class='date'>").append(p[1]).append("</span><h3><a href='/posts/")
                    .append(Math.abs(p[0].hashCode())).append("'>").append(p[0]).append("</a></h3><p>").append(p[2])
                    .append("</p></div>");
        }
        feed.append("</div>");
        String html = "<html><body><article><p>" + INTRO + "</p><p>" + STOVES[0][1] + "</p>" + feed
                + "<p>" + OUTRO + "</p></article></body></html>";
        assertThat(body(html, PAGE)).contains(INTRO, OUTRO).doesNotContain("Snow hides the path", "sheepdog");
    }

    @Test
    void anEntryWithADateStampIsDated() {
        var doc = org.jsoup.Jsoup.parse("<div id='a'><span class='post-date'>Dec 19, 2025</span><p>Text</p></div>"
                + "<div id='b'><span class='price'>12.50</span><p>Text</p></div>");
        assertThat(AlikeRuns.isDated(doc.getElementById("a"))).isTrue();
        assertThat(AlikeRuns.isDated(doc.getElementById("b"))).isFalse();
    }
}
