package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.dateline.store.Store;

/**
 * The pages in a real headless Chromium over the examples: search, an actor's timeline, the network, an event's
 * provenance, a thread; and markup inside articles shown as text. Writes a screenshot of each page to
 * target/screenshots. Skipped when Chromium or its driver is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    static Store store;
    static WebServer server;
    static Chromium browser;
    static ChromeDriver driver;
    static WebDriverWait wait;

    @BeforeAll static void start() throws IOException {
        Assumptions.assumeTrue(Chromium.available(), "headless Chromium and chromedriver are not installed");
        store = Store.open(ExampleStore.file());
        server = WebServer.start(store, ServeOptions.local(0));
        browser = new Chromium(server);
        driver = browser.driver;
        wait = browser.wait;
    }

    @AfterAll static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
        if (store != null) store.close();
    }

    @Test @Order(1) void searchShowsHitsWithMatchedTermsMarked() throws IOException {
        open("index.html");
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        box.sendKeys("trilateral", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit")));
        List<WebElement> marks = driver.findElements(By.cssSelector("#results .hit .snippet mark"));
        assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(m.getText().toLowerCase()).startsWith("trilateral"));
        assertThat(driver.findElement(By.id("stats")).getText()).contains("11 articles");
        shot("search");
        driver.findElement(By.cssSelector("#results .hit a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#body p")));
        shot("article");
        noPageErrors();
    }

    @Test @Order(2) void anActorPageShowsItsMeetingsOnTheTimeline() throws IOException {
        open("actor.html?name=" + Http.enc("Park Min-jae"));
        WebElement occurred = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("section.timeline[data-status=occurred]")));
        List<WebElement> rows = occurred.findElements(By.cssSelector("tr.event-row"));
        assertThat(rows).anySatisfy(r -> assertThat(r.getText()).contains("CONSULT").contains("Laura Whitfield"));
        assertThat(driver.findElements(By.cssSelector("section.timeline[data-status=planned] tr.event-row"))).isNotEmpty();
        assertThat(driver.findElement(By.id("counterparts")).getText()).contains("Laura Whitfield").contains("Kenji Morita");
        assertThat(driver.findElement(By.id("roles")).getText()).contains("special representative");
        shot("actor");
        noPageErrors();
    }

    @Test @Order(3) void theNetworkDrawsActorsAndAClickOpensOne() throws IOException {
        open("network.html");
        WebElement graph = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph canvas")));
        wait.until(d -> "true".equals(driver.findElement(By.id("graph")).getAttribute("data-ready")));
        assertThat(Integer.parseInt(driver.findElement(By.id("graph")).getAttribute("data-nodes"))).isGreaterThan(5);
        shot("network");
        // Selenium offsets a move from the centre of the element's visible part: show the whole canvas first
        ((JavascriptExecutor) driver).executeScript("document.getElementById('graph').scrollIntoView()");
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) ((JavascriptExecutor) driver).executeScript(
                "const n = window.datelineNetwork; const p = n.canvasToDOM(n.getPosition('Laura Whitfield'));"
                        + "const r = document.querySelector('#graph canvas').getBoundingClientRect();"
                        + "return {x: p.x - r.width / 2, y: p.y - r.height / 2};");
        new Actions(driver).moveToElement(graph, at.get("x").intValue(), at.get("y").intValue()).click().perform();
        wait.until(ExpectedConditions.urlContains("actor.html"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Laura Whitfield"));
        noPageErrors();
    }

    @Test @Order(4) void anEventShowsEachSourceSentenceWithActorsDateAndPlaceMarked() throws IOException {
        String id = new Http(server.uri()).json("/api/events?actor=Park%20Min-jae&with=Laura%20Whitfield&status=occurred&from=2024-03-08&to=2024-03-08")
                .get("items").get(0).get("id").asText();
        open("event.html?id=" + Http.enc(id));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".mention blockquote")));
        List<WebElement> sentences = driver.findElements(By.cssSelector(".mention blockquote.source-sentence"));
        assertThat(sentences).hasSizeGreaterThan(1);
        assertThat(driver.findElements(By.cssSelector("blockquote mark.hl-actor"))).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).contains("Whitfield"));
        assertThat(driver.findElements(By.cssSelector("blockquote mark.hl-date"))).isNotEmpty();
        shot("event");
        noPageErrors();
    }

    @Test @Order(5) void aThreadShowsPlansBesideTheirOutcomes() throws IOException {
        open("thread.html?id=" + ExampleStore.THREAD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".plan-row[data-state=realized]")));
        assertThat(driver.findElements(By.cssSelector(".plan-row[data-state=cancelled]"))).isNotEmpty();
        WebElement realized = driver.findElement(By.cssSelector(".plan-row[data-state=realized]"));
        assertThat(realized.getText()).contains("planned").contains("occurred");
        shot("thread");
        open("events.html?status=planned");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.event-row")));
        assertThat(driver.findElements(By.cssSelector("tr.event-row .status"))).extracting(WebElement::getText).containsOnly("planned");
        shot("events");
        noPageErrors();
    }

    @Test @Order(6) void markupInsideArticlesIsShownAsTextAndNeverRuns() throws IOException {
        for (String page : List.of("event.html?id=" + ExampleStore.HOSTILE_EVENT, "article.html?id=" + ExampleStore.HOSTILE_ID,
                "index.html?q=onmouseover", "actor.html?name=" + Http.enc(ExampleStore.HOSTILE_ACTOR), "events.html?place=Geneva")) {
            open(page);
            wait.until(d -> d.findElement(By.tagName("main")).getText().contains("<script>")
                    || d.findElement(By.tagName("main")).getText().contains("<b>Quux</b>"));
            assertThat(((JavascriptExecutor) driver).executeScript("return window.__pwned === undefined")).as(page).isEqualTo(true);
            assertThat(driver.findElements(By.cssSelector("main script, main img, main b, main [onmouseover]"))).as(page).isEmpty();
        }
        open("event.html?id=" + ExampleStore.HOSTILE_EVENT);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("blockquote")));
        assertThat(driver.findElement(By.cssSelector("blockquote")).getText()).contains(ExampleStore.HOSTILE_MARKUP);
        shot("hostile-event");
    }

    private static void open(String page) {
        browser.open(page);
    }

    private static void shot(String name) throws IOException {
        browser.shot(name);
    }

    /**
     * Script errors and CSP refusals show up in the console: a page that hits one is broken, even if it looks fine.
     * The standalone vis-network build injects its own stylesheets; the policy allows exactly those by hash.
     */
    private static void noPageErrors() {
        browser.noPageErrors();
    }
}
