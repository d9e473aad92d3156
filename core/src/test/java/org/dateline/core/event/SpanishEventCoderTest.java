package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.core.language.Gazetteer;
import org.dateline.model.Article;
import org.dateline.model.DateModifier;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** The Spanish coder on sentences written for these tests (loads the Spanish models once). */
class SpanishEventCoderTest {
    private static final SpanishEventCoder CODER = new SpanishEventCoder(Gazetteer.standard());

    private static Article article(String body) {
        return new Article("t", "test", null, "Titular", null, null, null, null, "2011-03-10", false, List.of(), null, null,
                "es", body, "h");
    }

    private static List<Event> code(String body) {
        List<Event> events = CODER.code(article(body));
        events.forEach(e -> System.out.println(body + "\n  -> " + e));
        return events;
    }

    private static Event only(List<Event> events, EventType type) {
        List<Event> of = events.stream().filter(e -> e.type() == type).toList();
        assertThat(of).hasSize(1);
        return of.get(0);
    }

    @Test
    void aMessageSentIsSupportFromTheSenderToTheAddressee() {
        Event e = only(code("El presidente cubano envió un mensaje de felicitación al primer ministro vietnamita."), EventType.SUPPORT);
        assertThat(e.cameo()).isEqualTo("051");
        assertThat(e.actors()).extracting(p -> p.country()).containsExactly("CUB");
        assertThat(e.recipients()).extracting(p -> p.country()).containsExactly("VNM");
        assertThat(e.status()).isEqualTo(EventStatus.OCCURRED);
        assertThat(e.date()).isEqualTo("2011-03-10");
        assertThat(e.dateMod()).isEqualTo(DateModifier.ON_OR_BEFORE);
    }

    @Test
    void aDelegationArrivingOnANamedDayIsAVisitDatedThatDay() {
        Event e = only(code("La delegación del gobierno mongol llegó el día 9 a Pyongyang."), EventType.CONSULT);
        assertThat(e.cameo()).isEqualTo("042");
        assertThat(e.actors()).extracting(p -> p.country()).containsExactly("MNG");
        assertThat(e.date()).isEqualTo("2011-03-09");
        assertThat(e.dateMod()).isNull();
    }

    @Test
    void aDelegationReceivedIsHostingAVisit() {
        Event e = only(code("El primer ministro de Laos recibió a la delegación del Partido Comunista de Cuba."), EventType.CONSULT);
        assertThat(e.cameo()).isEqualTo("043");
        assertThat(e.actors()).extracting(p -> p.country()).containsExactly("LAO");
        assertThat(e.recipients()).extracting(p -> p.country()).containsExactly("CUB");
    }

    @Test
    void talksHeldWithSomeoneAreAMeetingBetweenBoth() {
        Event e = only(code("El canciller ruso sostuvo conversaciones con el ministro de Relaciones Exteriores de Siria."), EventType.CONSULT);
        assertThat(e.cameo()).isEqualTo("040");
        assertThat(e.trigger()).startsWith("sostuvo").endsWith("conversaciones");
        assertThat(e.actors()).extracting(p -> p.country()).containsExactly("RUS");
        assertThat(e.recipients()).extracting(p -> p.country()).containsExactly("SYR");
    }

    @Test
    void aCondemnationIsAnAccusationOfItsObject() {
        Event e = only(code("El portavoz de la cancillería china condenó a Japón por sus maniobras navales."), EventType.ACCUSE);
        assertThat(e.actors()).extracting(p -> p.country()).containsExactly("CHN");
        assertThat(e.recipients()).extracting(p -> p.country()).containsExactly("JPN");
    }

    @Test
    void aNegatedVisitIsNegatedAndUndated() {
        Event e = only(code("El embajador japonés no visitó Corea del Sur."), EventType.CONSULT);
        assertThat(e.status()).isEqualTo(EventStatus.NEGATED);
        assertThat(e.date()).isNull();
    }

    @Test
    void aVisitInTheFutureTenseIsPlannedAndBoundedFromBelow() {
        Event e = only(code("El presidente venezolano visitará Cuba."), EventType.CONSULT);
        assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(e.dateMod()).isEqualTo(DateModifier.ON_OR_AFTER);
    }

    @Test
    void anInfinitiveOfPurposeIsNoEventOfItsOwn() {
        List<Event> events = code("El embajador cubano viajó a Hanoi para felicitar al presidente vietnamita.");
        assertThat(events).noneMatch(e -> e.type() == EventType.SUPPORT);
    }

    @Test
    void aWeekdayDatesTheEventOnTheLastSuchDayBeforePublication() {
        Event e = only(code("El ministro sirio se reunió este martes con el embajador ruso."), EventType.CONSULT);
        assertThat(e.date()).isEqualTo("2011-03-08"); // 10 March 2011 was a Thursday
    }
}
