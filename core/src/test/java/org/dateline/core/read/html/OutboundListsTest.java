package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.read.html.InventedPages.body;
import static org.dateline.core.read.html.InventedPages.paragraphs;

import org.junit.jupiter.api.Test;

/**
 * A list whose links all lead off the site (the tools a guide recommends, the sources a report cites) is the story's
 * own text; a list of links to the site's own pages stays furniture. Invented pages.
 */
class OutboundListsTest {
    private static final String PAGE = "https://www.workshop-notes.example/guides/first-toolbox";
    private static final String[] GUIDE = {
        "A first toolbox need not be large, but every tool in it should be one you will reach for again, so buy "
            + "fewer tools of better make rather than a boxed set of forty pieces you will never use.",
        "A good tape measure comes first: pick one with a wide blade that stands out straight for a metre or more, "
            + "and a hook at the end that slides to take in its own width.",
    };
    private static final String[] AFTER = {
        "A claw hammer of middle weight comes next, with a handle of wood or fibreglass that does not sting the hand "
            + "when a nail is driven home into hard timber.",
    };

    private static String linked(String host, String... items) {
        StringBuilder sb = new StringBuilder("<ul>");
        for (String i : items) sb.append("<li><a href='").append(host).append("/item/").append(Math.abs(i.hashCode()))
                .append("'>").append(i).append("</a></li>");
        return sb.append("</ul>").toString();
    }

    private static String page(String between) {
        return "<html><body><nav><a href='/'>Home</a> <a href='/guides'>Guides</a></nav><article>"
                + paragraphs(GUIDE) + between + paragraphs(AFTER) + "</article></body></html>";
    }

    @Test
    void aListOfLinksToOtherSitesIsReadWithTheStory() throws Exception {
        String html = page(linked("https://shop.example", "Steadfast 8 m tape", "Harrow Wide-Blade 5 m"));
        assertThat(body(html, PAGE)).contains("Steadfast 8 m tape", "Harrow Wide-Blade 5 m", AFTER[0]);
    }

    @Test
    void aListOfLinksToTheSitesOwnPagesStaysOut() throws Exception {
        String html = page(linked("https://www.workshop-notes.example", "Ten tools every shed should hold",
                "How to sharpen a chisel on a stone", "Choosing timber for a workbench"));
        assertThat(body(html, PAGE)).contains(GUIDE[1], AFTER[0]).doesNotContain("sharpen a chisel", "workbench");
    }

    @Test
    void aSubdomainOfTheSiteIsTheSiteItself() throws Exception {
        String html = page(linked("https://shop.workshop-notes.example", "Ten tools every shed should hold",
                "How to sharpen a chisel on a stone", "Choosing timber for a workbench"));
        assertThat(body(html, PAGE)).contains(GUIDE[1], AFTER[0]).doesNotContain("sharpen a chisel", "workbench");
    }

    @Test
    void aListThatMixesOtherSitesWithTheSitesOwnPagesStaysOut() throws Exception {
        String html = page("<ul><li><a href='https://shop.example/t/1'>Steadfast 8 m tape</a></li>"
                + "<li><a href='/guides/chisels'>How to sharpen a chisel on a stone</a></li></ul>");
        assertThat(body(html, PAGE)).contains(AFTER[0]).doesNotContain("sharpen a chisel");
    }

    @Test
    void aSitesRegistrableNameKeepsACountrysSecondLevel() {
        assertThat(OutboundLists.site("https://news.paper.co.uk/a/b")).isEqualTo("paper.co.uk");
        assertThat(OutboundLists.site("https://www.paper.com/a")).isEqualTo("paper.com");
        assertThat(OutboundLists.site("mailto:desk@paper.com")).isNull();
    }
}
