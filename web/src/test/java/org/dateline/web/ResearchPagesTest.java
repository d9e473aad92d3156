package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;


/**
 * The pages a GDELT or ICEWS user reaches for, in headless Chromium over the examples: the codebook, the counts
 * over time, the filters, the map. Screenshots go to target/screenshots. Skipped without Chromium.
 */
class ResearchPagesTest {
    static ExampleServer served;
    static Chromium browser;

    @BeforeAll static void start() throws IOException {
        Assumptions.assumeTrue(Chromium.available(), "headless Chromium and chromedriver are not installed");
        served = new ExampleServer();
        browser = new Chromium(served.server);
    }

    @AfterAll static void stop() {
        if (browser != null) browser.close();
        if (served != null) served.close();
    }

    @Test void anEventsTypeStatusAndDateModifierLinkToTheirCodebookEntries() throws IOException {
        browser.open("events.html?type=CONSULT");
        WebElement type = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.event-row a.code[href*='#type-']")));
        assertThat(type.getText()).isEqualTo("CONSULT");
        type.click();
        WebElement entry = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("type-CONSULT")));
        assertThat(entry.getText()).contains("verbal cooperation").contains("Meets, talks").contains("Modes: phone, visit, third-party");
        assertThat(entry.getAttribute("class")).contains("target");
        entry.findElement(By.tagName("summary")).click();
        assertThat(entry.findElements(By.cssSelector("table.cameo tr"))).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).startsWith("040"));
        assertThat(browser.driver.findElement(By.id("status-planned")).getText()).contains("scheduled");
        assertThat(browser.driver.findElement(By.id("mod-ON_OR_BEFORE")).getText()).contains("publication date");
        List<WebElement> values = browser.driver.findElements(By.cssSelector("#timeml ~ table.terms th"));
        assertThat(values).extracting(WebElement::getText).contains("2024-W09", "2024-03", "XXXX-03-08");
        browser.shot("codebook");
        browser.noPageErrors();
    }

    @Test void anEventPageLinksItsTypeModeStatusAndDateToTheCodebook() {
        browser.open("event.html?id=" + ExampleStore.HOSTILE_EVENT);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.facts")));
        assertThat(browser.driver.findElements(By.cssSelector("table.facts a.code"))).extracting(a -> a.getAttribute("href").replaceAll(".*#", ""))
                .contains("type-CONSULT", "mode-CONSULT-meet", "status-occurred", "timeml");
        browser.noPageErrors();
    }

    @Test void theEventsPageChartsCountsPerPeriodStackedByType() throws IOException {
        browser.open("events.html");
        WebElement box = ready("#counts-chart");
        int months = Integer.parseInt(box.getAttribute("data-periods"));
        assertThat(Integer.parseInt(box.getAttribute("data-total"))).isGreaterThan(5);
        assertThat(datasetLabels()).contains("CONSULT");
        assertThat(box.findElement(By.className("chart-note")).getText()).contains("events counted");
        browser.shot("events-chart");
        new Select(box.findElement(By.name("bucket"))).selectByValue("day");
        box = ready("#counts-chart");
        assertThat(Integer.parseInt(box.getAttribute("data-periods"))).isGreaterThan(months);
        new Select(box.findElement(By.name("by"))).selectByValue("quad");
        ready("#counts-chart");
        assertThat(datasetLabels()).contains("verbal cooperation");
        browser.noPageErrors();
    }

    @Test void anActorPageChartsItsEventsAndOneDyadOverTime() throws IOException {
        browser.open("actor.html?name=" + Http.enc("Park Min-jae"));
        WebElement box = ready("#counts-chart");
        int all = Integer.parseInt(box.getAttribute("data-total"));
        new Select(browser.driver.findElement(By.id("dyad"))).selectByValue("Kenji Morita");
        box = ready("#counts-chart");
        assertThat(box.findElement(By.className("chart-title")).getText()).isEqualTo("Park Min-jae ↔ Kenji Morita over time");
        assertThat(Integer.parseInt(box.getAttribute("data-total"))).isPositive().isLessThan(all);
        browser.shot("actor-dyad-chart");
        browser.noPageErrors();
    }

    @Test void theFiltersOfferTypesWithCountsTheStoresDatesAndTheViewAsCsv() throws IOException {
        browser.open("events.html");
        browser.wait.until(d -> "true".equals(d.findElement(By.id("filters")).getAttribute("data-ready")));
        assertThat(browser.driver.findElement(By.id("f-from")).getAttribute("placeholder")).isEqualTo("2023-12-01");
        assertThat(browser.driver.findElement(By.id("span")).getText()).contains("from 2023-12-01");
        Select type = new Select(browser.driver.findElement(By.id("f-type")));
        WebElement consult = type.getOptions().stream().filter(o -> o.getAttribute("value").equals("CONSULT")).findFirst().orElseThrow();
        int count = Integer.parseInt(consult.getText().replaceAll(".*\\((\\d+)\\)", "$1"));
        assertThat(new Select(browser.driver.findElement(By.id("f-quad"))).getOptions()).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).startsWith("verbal cooperation ("));
        assertThat(new Select(browser.driver.findElement(By.id("f-country"))).getOptions()).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).startsWith("CHN ("));
        type.selectByValue("CONSULT");
        browser.wait.until(d -> d.findElement(By.id("results")).getAttribute("data-query") != null
                && d.findElement(By.id("results")).getAttribute("data-query").contains("type=CONSULT"));
        assertThat(browser.driver.findElements(By.cssSelector("tr.event-row td:nth-child(3)"))).extracting(WebElement::getText).containsOnly("CONSULT");
        assertThat(browser.driver.findElement(By.cssSelector(".pager span")).getText()).endsWith("of " + count);
        List<String> newest = dates();
        new Select(browser.driver.findElement(By.id("f-order"))).selectByValue("oldest");
        browser.wait.until(d -> d.findElement(By.id("results")).getAttribute("data-query").contains("order=oldest"));
        assertThat(dates().get(0)).isLessThan(newest.get(0));
        String csv = browser.driver.findElement(By.id("download-csv")).getAttribute("href");
        assertThat(csv).contains("/api/download?").contains("type=CONSULT").contains("format=csv");
        String body = served.http.get(csv.substring(csv.indexOf("/api/"))).body();
        assertThat(body.lines().count() - 1).isGreaterThanOrEqualTo(count);   // a quoted sentence may span lines
        assertThat(body.lines().findFirst().orElse("")).startsWith("id,date,date_mod,status,type");
        browser.shot("events-filters");
        browser.noPageErrors();
    }

    @Test void searchSaysHowManyArticlesMatchAndAnArticleNamesItsSource() throws IOException {
        browser.open("index.html?q=envoy*");
        WebElement count = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hit-count")));
        browser.wait.until(d -> !count.getText().isEmpty());
        long total = served.http.json("/api/search?q=envoy*").get("total").asLong();
        assertThat(count.getText()).isEqualTo(total + " articles match.");
        browser.shot("search-count");
        browser.driver.findElement(By.cssSelector("#results .hit a")).click();
        WebElement source = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("source")));
        assertThat(source.getText()).startsWith("Source: ");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        assertThat(js.executeScript("return DL.sourceLink('https://news.example/a?b=1').getAttribute('href')")).isEqualTo("https://news.example/a?b=1");
        assertThat(js.executeScript("return DL.sourceLink('https://news.example/a').rel")).isEqualTo("noopener noreferrer external");
        assertThat(js.executeScript("return DL.sourceLink('javascript:window.__pwned=1')")).isNull();
        browser.noPageErrors();
    }

    @Test void theNetworkDrawsTheTickedTypesWithACountryLegendAndHidesLoneActors() throws IOException {
        browser.open("network.html?types=CONSULT");
        browser.wait.until(d -> "true".equals(d.findElement(By.id("graph")).getAttribute("data-ready")));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Who meets whom");
        List<WebElement> ticked = browser.driver.findElements(By.cssSelector("#types input:checked"));
        assertThat(ticked).extracting(b -> b.getAttribute("value")).containsExactly("CONSULT");
        assertThat(browser.driver.findElements(By.cssSelector("#graph-legend .legend-item"))).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).matches("[A-Z]{3} \\(\\d+\\)")).anySatisfy(t -> assertThat(t).isEqualTo("other or unknown"));
        int meetings = Integer.parseInt(browser.driver.findElement(By.id("graph")).getAttribute("data-nodes"));
        browser.shot("network-meetings");
        browser.driver.findElement(By.cssSelector("#types input[value=REQUEST]")).click();
        browser.driver.findElement(By.id("show-isolated")).click();                 // redraws at once
        browser.wait.until(d -> "true".equals(d.findElement(By.id("graph")).getAttribute("data-ready")));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Network");
        assertThat(Integer.parseInt(browser.driver.findElement(By.id("graph")).getAttribute("data-nodes"))).isGreaterThan(meetings);
        assertThat(browser.driver.findElement(By.id("graph-info")).getText()).contains("(0 with no counterpart hidden)");
        browser.noPageErrors();
    }

    @Test void theMapShadesCountriesByTheirEventsAndAClickOpensThem() throws IOException {
        browser.open("map.html");
        browser.wait.until(d -> "true".equals(d.findElement(By.id("map")).getAttribute("data-ready")));
        JsonNode counts = served.http.json("/api/countries");
        int prk = 0;
        for (JsonNode c : counts) if (c.get("value").asText().equals("PRK")) prk = c.get("count").asInt();
        WebElement korea = browser.driver.findElement(By.cssSelector("#map path[data-code=PRK]"));
        assertThat(prk).isPositive();
        assertThat(korea.getAttribute("data-count")).isEqualTo(String.valueOf(prk));
        assertThat(korea.getAttribute("class")).matches("country shade-[1-5]");
        assertThat(korea.findElement(By.tagName("title")).getAttribute("textContent")).isEqualTo("North Korea: " + prk + " event" + (prk == 1 ? "" : "s"));
        assertThat(browser.driver.findElement(By.cssSelector("#map path[data-code=BRA]")).getAttribute("class")).isEqualTo("country shade-0");
        assertThat(browser.driver.findElements(By.cssSelector("#map path")).size()).isGreaterThan(150);
        browser.shot("map");
        ((JavascriptExecutor) browser.driver).executeScript("document.querySelector('#map path[data-code=CHN]').dispatchEvent(new MouseEvent('click'))");
        browser.wait.until(ExpectedConditions.urlContains("country=CHN"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.event-row")));
        assertThat(browser.driver.findElements(By.cssSelector("tr.event-row")))
                .hasSize(served.http.json("/api/events?country=CHN").get("total").asInt());
        assertThat(new Select(browser.driver.findElement(By.id("f-country"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("CHN");
        browser.noPageErrors();
    }

    @Test void theMapDrawsADotForEachTownWhereEventsTookPlaceAndAClickOpensItsEvents() throws IOException {
        browser.open("map.html");
        browser.wait.until(d -> "true".equals(d.findElement(By.id("map")).getAttribute("data-ready")));
        JsonNode places = served.http.json("/api/places");
        List<WebElement> dots = browser.driver.findElements(By.cssSelector("#map circle.place-point"));
        assertThat(places.get("points").size()).isPositive();
        assertThat(dots).hasSize(places.get("points").size());
        JsonNode first = places.get("points").get(0);
        WebElement dot = dots.get(0);
        assertThat(dot.getAttribute("data-country")).isEqualTo(first.get("country").asText());
        assertThat(dot.getAttribute("data-count")).isEqualTo(first.get("events").asText());
        assertThat(browser.driver.findElement(By.id("map-info")).getText())
                .contains(places.get("points").size() + " towns drawn as dots")
                .contains(places.get("no_place").asInt() + " with no place");
        browser.shot("map-points");
        String place = dot.getAttribute("data-place");
        ((JavascriptExecutor) browser.driver).executeScript("document.querySelector('#map circle.place-point').dispatchEvent(new MouseEvent('click'))");
        browser.wait.until(ExpectedConditions.urlContains("place="));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.event-row")));
        assertThat(browser.driver.findElements(By.cssSelector("tr.event-row")))
                .hasSize(served.http.json("/api/events?place=" + Http.enc(place)).get("total").asInt());
        browser.noPageErrors();
    }

    private static List<String> dates() {
        return browser.driver.findElements(By.cssSelector("tr.event-row td:first-child")).stream().map(WebElement::getText).toList();
    }

    /** The element once its chart has drawn (data-ready=true) after the last change. */
    private static WebElement ready(String css) {
        browser.wait.until(d -> "true".equals(d.findElement(By.cssSelector(css)).getAttribute("data-ready")));
        return browser.driver.findElement(By.cssSelector(css));
    }

    @SuppressWarnings("unchecked")
    private static List<String> datasetLabels() {
        return (List<String>) ((JavascriptExecutor) browser.driver).executeScript(
                "return Chart.getChart(document.querySelector('#counts-chart canvas')).data.datasets.map(d => d.label);");
    }
}
