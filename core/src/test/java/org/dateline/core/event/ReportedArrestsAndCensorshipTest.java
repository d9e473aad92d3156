package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Two kinds of coercion everyday news tells, on sentences written for this test: an arrest told in the passive with
 * the police (or a government, a court) as the teller ("a man was arrested, Oslo police said"), whose teller is its
 * agent; and censorship: blocking, restricting or shutting down websites, accounts or access (COERCE 1721), where
 * blocking a road stays an obstruction and a company shutting down its own plant is no coercion.
 */
class ReportedArrestsAndCensorshipTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static boolean coercedBy(Event e, String country, String code) {
        return e.type() == EventType.COERCE && code.equals(e.cameo()) && e.actors().stream().anyMatch(p -> country.equals(p.country()));
    }

    @Test void aPassiveArrestToldByThePoliceOfACityIsThatPolicesArrest() {
        List<Event> es = code("A man suspected of stealing a bicycle was arrested on Sunday, Oslo police said.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> coercedBy(e, "NOR", "173"));
    }

    @Test void aPassiveDetentionAccordingToNationalPoliceIsTheirs() {
        List<Event> es = code("Three students were detained on Friday, according to Austrian police.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> coercedBy(e, "AUT", "173"));
    }

    @Test void aPassiveArrestToldByARelativeHasNoAgent() {
        List<Event> es = code("A woman was arrested after the fight, her brother said.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.COERCE && !e.actors().isEmpty());
    }

    @Test void blockingWebsitesOrRestrictingAccessIsCensorship() {
        List<Event> es = code("The Belarusian government blocked more than 200 websites on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> coercedBy(e, "BLR", "1721"));
        es = code("The Guinean government restricted access to social media on Sunday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> coercedBy(e, "GIN", "1721"));
    }

    @Test void shuttingDownAccountsIsCensorship() {
        List<Event> es = code("Vietnamese police shut down 400 accounts on Facebook.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> coercedBy(e, "VNM", "1721"));
    }

    @Test void blockingARoadIsStillAnObstructionNotCensorship() {
        List<Event> es = code("Farmers blocked the main road to the Peruvian capital on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> "1721".equals(e.cameo()));
    }

    @Test void aCompanyShuttingDownItsOwnFactoryCoercesNobody() {
        List<Event> es = code("The carmaker shut down its factory in Ohio in March.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.COERCE);
    }
}
