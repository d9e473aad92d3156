package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

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

    private static boolean coercedBy(Event e, String country, String code) {
        return e.type() == EventType.COERCE && code.equals(e.cameo()) && e.actors().stream().anyMatch(p -> country.equals(p.country()));
    }

    @Test void aPassiveArrestToldByThePoliceOfACityIsThatPolicesArrest() {
        eventsOf("A man suspected of stealing a bicycle was arrested on Sunday, Oslo police said.")
                .anyMatch(e -> coercedBy(e, "NOR", "173"));
    }

    @Test void aPassiveDetentionAccordingToNationalPoliceIsTheirs() {
        eventsOf("Three students were detained on Friday, according to Austrian police.")
                .anyMatch(e -> coercedBy(e, "AUT", "173"));
    }

    @Test void aPassiveArrestToldByARelativeHasNoAgent() {
        eventsOf("A woman was arrested after the fight, her brother said.")
                .noneMatch(e -> e.type() == EventType.COERCE && !e.actors().isEmpty());
    }

    @Test void blockingWebsitesOrRestrictingAccessIsCensorship() {
        eventsOf("The Belarusian government blocked more than 200 websites on Monday.")
                .anyMatch(e -> coercedBy(e, "BLR", "1721"));
        eventsOf("The Guinean government restricted access to social media on Sunday.")
                .anyMatch(e -> coercedBy(e, "GIN", "1721"));
    }

    @Test void shuttingDownAccountsIsCensorship() {
        eventsOf("Vietnamese police shut down 400 accounts on Facebook.").anyMatch(e -> coercedBy(e, "VNM", "1721"));
    }

    @Test void blockingARoadIsStillAnObstructionNotCensorship() {
        eventsOf("Farmers blocked the main road to the Peruvian capital on Monday.")
                .noneMatch(e -> "1721".equals(e.cameo()));
    }

    @Test void aCompanyShuttingDownItsOwnFactoryCoercesNobody() {
        eventsOf("The carmaker shut down its factory in Ohio in March.").noneMatch(e -> e.type() == EventType.COERCE);
    }
}
