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

    /** An article of KCNA, whose home state (the DPRK) is where its stories are filed. */
    private static Article kcna(String body) {
        return new Article("t", "test", null, "Titular", null, "KCNA", null, null, "2011-03-10", false, List.of(), null, null,
                "es", body, "h");
    }

    private static List<Event> code(String body) { return code(article(body)); }

    private static List<Event> code(Article article) {
        return CODER.code(article);
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

    @Test
    void aWelcomeTheHostsGiveTheVisitorIsPartOfTheVisit() {
        List<Event> events = code("El presidente vietnamita realizó el día 3 una visita oficial a Laos. "
                + "Los dirigentes laosianos dieron calurosa bienvenida al presidente vietnamita.");
        assertThat(events).extracting(Event::cameo).containsExactly("042");
    }

    @Test
    void aWelcomeInAStoryWithoutAVisitStaysAnEvent() {
        Event e = only(code("El primer ministro japonés expresó su calurosa bienvenida al presidente ruso."), EventType.SUPPORT);
        assertThat(e.actors()).extracting(p -> p.country()).containsExactly("JPN");
    }

    @Test
    void aPlaceTheVisitorsSeeIsPartOfTheirVisit() {
        List<Event> events = code("La delegación del Partido Comunista de Cuba llegó el día 5 a Hanoi. "
                + "La delegación cubana visitó las provincias del norte de Vietnam.");
        assertThat(events).extracting(Event::cameo).containsExactly("042");
    }

    @Test
    void aLeaderOfTheAgencysStateSeeingASiteAtHomeIsNoVisit() {
        assertThat(code(kcna("El primer ministro coreano realizó una visita de orientación a la fábrica de Kangso.")))
                .noneMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test
    void peopleAtLargeAreNoActorAndTheirActIsNotCoded() {
        assertThat(code("El pueblo coreano felicita sinceramente a China por sus éxitos.")).isEmpty();
        assertThat(code("Los círculos surcoreanos y la opinión pública condenaron al gobierno títere.")).isEmpty();
    }

    @Test
    void peopleCoordinatedWithAGovernmentActWithIt() {
        Event e = only(code("El gobierno y el pueblo de Cuba enviaron un mensaje de felicitación al presidente ruso."), EventType.SUPPORT);
        assertThat(e.actors()).extracting(p -> p.country()).containsExactly("CUB");
    }

    @Test
    void aSpeakerPraisingTheSameAddresseeTwiceIsOneEvent() {
        List<Event> events = code("El canciller cubano elogió al presidente vietnamita. "
                + "El canciller cubano elogió al presidente vietnamita por su labor.");
        assertThat(events).hasSize(1);
    }

    @Test
    void theSubjectOfARelativeClauseIsTheNounItHangsFrom() {
        Event e = only(code("El vicepresidente chino, quien realiza una visita a Vietnam, depositó una corona ante el monumento."),
                EventType.CONSULT);
        assertThat(e.actors()).extracting(p -> p.country()).containsExactly("CHN");
    }

    @Test
    void aGerundActsForTheSubjectOfItsClause() {
        Event e = only(code("El diario Rodong Sinmun publicó un artículo enviando felicitaciones al presidente cubano."), EventType.SUPPORT);
        assertThat(e.actors()).extracting(p -> p.sector()).containsExactly("MED");
    }

    @Test
    void aMeetingNounThatIsTheSubjectIsHeldByItsOfModifier() {
        Event e = only(code("Se celebró en Ginebra la reunión del comité consultivo de Estados Unidos y Japón."), EventType.CONSULT);
        assertThat(e.actors()).extracting(p -> p.country()).containsExactly("USA");
    }

    @Test
    void bareVisitorsAreOfTheFirstForeignStateTheStoryNamed() {
        List<Event> events = code(kcna("El canciller coreano conversó con el pastor estadounidense John Smith. "
                + "Los visitantes llegaron este día a Pyongyang por vía aérea."));
        assertThat(events).filteredOn(e -> "042".equals(e.cameo())).singleElement()
                .satisfies(e -> assertThat(e.actors()).extracting(p -> p.country()).containsExactly("USA"));
    }

    @Test
    void membersOfABodyActForIt() {
        Event e = only(code("Las mujeres de la Embajada de Cuba visitaron Vietnam."), EventType.CONSULT);
        assertThat(e.actors()).extracting(p -> p.country()).containsExactly("CUB");
    }

    @Test
    void aFloralBasketSentIsSupportFromTheSenderToTheOneHonoured() {
        Event e = only(code("El presidente cubano envió un cesto de flores al embajador vietnamita."), EventType.SUPPORT);
        assertThat(e.cameo()).isEqualTo("051");
        assertThat(e.actors()).extracting(p -> p.country()).containsExactly("CUB");
        assertThat(e.recipients()).extracting(p -> p.country()).containsExactly("VNM");
    }

    @Test
    void giftsPresentedToALeaderAreOneSupportEvent() {
        Event e = only(code("El ministro ruso obsequió regalos al presidente mongol."), EventType.SUPPORT);
        assertThat(e.actors()).extracting(p -> p.country()).containsExactly("RUS");
        assertThat(e.recipients()).extracting(p -> p.country()).containsExactly("MNG");
    }

    @Test
    void aLunchGivenInHonourOfGuestsHostsThem() {
        Event e = only(code("El canciller chino ofreció un almuerzo en honor de la delegación cubana."), EventType.CONSULT);
        assertThat(e.cameo()).isEqualTo("043");
        assertThat(e.actors()).extracting(p -> p.country()).containsExactly("CHN");
    }

    @Test
    void valuingSomeonesAchievementsIsPraiseButAssessingDamageIsNot() {
        Event e = only(code("El presidente mongol apreció altamente los éxitos alcanzados por los científicos laosianos."), EventType.SUPPORT);
        assertThat(e.actors()).extracting(p -> p.country()).containsExactly("MNG");
        assertThat(code("El ministro mongol evaluó los daños de la inundación.")).isEmpty();
    }

    @Test
    void viewsExchangedWithSomeoneAreTalks() {
        Event e = only(code("El canciller cubano intercambió opiniones con el embajador chino."), EventType.CONSULT);
        assertThat(e.cameo()).isEqualTo("040");
        assertThat(e.recipients()).extracting(p -> p.country()).containsExactly("CHN");
    }

    @Test
    void aSubjectAfterItsVerbIsFoundPastAMeansOfTravelWrittenWithoutItsAccent() {
        Event e = only(code("Llego el dia 5 a esta capital por avion la delegacion del gobierno mongol."), EventType.CONSULT);
        assertThat(e.cameo()).isEqualTo("042");
        assertThat(e.actors()).extracting(p -> p.country()).containsExactly("MNG");
    }

    @Test
    void aVerbWithItsSubjectDroppedActsForTheLastActorOfTheSentenceBefore() {
        List<Event> events = code("El canciller cubano llegó el día 8 a Hanoi. Se reunió con el ministro vietnamita.");
        Event e = events.stream().filter(x -> "040".equals(x.cameo())).findFirst().orElseThrow();
        assertThat(e.actors()).extracting(p -> p.country()).containsExactly("CUB");
        assertThat(e.recipients()).extracting(p -> p.country()).containsExactly("VNM");
    }

    @Test
    void aFirstPersonVerbIsAQuotedSpeakersAndCarriesNoEarlierActor() {
        List<Event> events = code("El canciller cubano llegó el día 8 a Hanoi. Enviamos nuestro apoyo al gobierno de Vietnam.");
        assertThat(events).filteredOn(x -> x.type() == EventType.SUPPORT)
                .allSatisfy(x -> assertThat(x.actors()).isEmpty());
    }

    @Test
    void aMeetingHeldWithNoHolderNamedCarriesNoEarlierActor() {
        List<Event> events = code("El canciller cubano llegó el día 8 a Hanoi. Se celebró el día 9 una reunión con el ministro vietnamita.");
        assertThat(events).filteredOn(x -> "040".equals(x.cameo()))
                .allSatisfy(x -> assertThat(x.actors()).isEmpty());
    }

    @Test
    void aMeetingThatTookPlaceIsHeldByTheBodyNamedAfterIt() {
        Event e = only(code("Tuvo lugar el día 9 en Hanoi la reunión del comité central del Partido Comunista de Vietnam."), EventType.CONSULT);
        assertThat(e.actors()).extracting(p -> p.country()).containsExactly("VNM");
    }

    @Test
    void talksThatTookPlaceBetweenTwoDelegationsAreHeldByThem() {
        List<Event> events = code("Tuvieron lugar el día 9 en Hanoi las conversaciones entre la delegación del gobierno cubano y la delegación vietnamita.");
        assertThat(events).filteredOn(e -> "040".equals(e.cameo())).isNotEmpty()
                .allSatisfy(e -> assertThat(e.actors()).extracting(p -> p.country()).containsExactly("CUB"));
    }

    @Test
    void aPassiveWithItsAgentUnwrittenCarriesNoEarlierActor() {
        List<Event> events = code("El canciller cubano llegó el día 8 a Hanoi. Fueron condenados severamente los ataques.");
        assertThat(events).filteredOn(e -> e.type() == EventType.ACCUSE).allSatisfy(e -> assertThat(e.actors()).isEmpty());
    }

    @Test
    void whatAVerbActsOnIsNotItsDoerWrittenAfterIt() {
        List<Event> events = code("Visitó el día 9 la embajada china y depositó un cesto de flores ante el monumento.");
        assertThat(events).allSatisfy(e -> assertThat(e.actors()).extracting(p -> p.country()).doesNotContain("CHN"));
    }

    @Test
    void anExhortationOfNoNamedDoerToPeopleAtLargeIsNoEvent() {
        assertThat(code("Exhortaron a todo el pueblo coreano a redoblar los esfuerzos.")).isEmpty();
    }
}
