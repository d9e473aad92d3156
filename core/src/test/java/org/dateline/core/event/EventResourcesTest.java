package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import org.dateline.core.language.Token;
import org.dateline.core.resources.ResourceFile;
import org.dateline.model.EventType;
import org.dateline.model.Sector;
import org.junit.jupiter.api.Test;

/** The event stage's resource files load, agree with each other, and the PETRARCH dictionary reader reads. */
class EventResourcesTest {
    @Test
    void cameoTableGivesPloverCategoryAndMode() {
        CameoTable t = CameoTable.standard();
        assertThat(t.lookup("042").orElseThrow().type()).isEqualTo(EventType.CONSULT);
        assertThat(t.lookup("042").orElseThrow().mode()).isEqualTo("visit");
        assertThat(t.lookup("036").orElseThrow().type()).isEqualTo(EventType.AGREE);
        assertThat(t.lookup("163").orElseThrow().type()).isEqualTo(EventType.COERCE); // 0.8 moved sanctions to COERCE
        assertThat(t.lookup("1056").orElseThrow().type()).isEqualTo(EventType.REQUEST);
        assertThat(t.lookup("10").orElseThrow().type()).isEqualTo(EventType.REQUEST);
        assertThat(t.lookup("99")).isEmpty();
        assertThat(CameoTable.ploverV08("DEMAND")).isEqualTo("REQUEST");
        assertThat(CameoTable.ploverV08("FIGHT")).isEqualTo("ASSAULT");
        assertThat(CameoTable.ploverV08("DISAPPROVE")).isEqualTo("ACCUSE");
    }

    @Test
    void theCodesTheRulesNameMeanInTheCameoTableWhatTheirNamesSay() {
        CameoTable t = CameoTable.standard();
        assertThat(t.lookup(CameoCodes.APPEAL_ROOT).orElseThrow().name()).startsWith("MAKE AN APPEAL");
        assertThat(t.lookup(CameoCodes.INTENT_ROOT).orElseThrow().name()).isEqualTo("EXPRESS INTENT TO COOPERATE");
        assertThat(t.lookup(CameoCodes.REJECT_ROOT).orElseThrow().name()).isEqualTo("REJECT");
        assertThat(t.lookup(CameoCodes.THREATEN_ROOT).orElseThrow().name()).isEqualTo("THREATEN");
        assertThat(t.lookup(CameoCodes.CONSULT).orElseThrow().name()).isEqualTo("Consult");
        assertThat(t.lookup(CameoCodes.MAKE_VISIT).orElseThrow().name()).isEqualTo("Make a visit");
        assertThat(t.lookup(CameoCodes.HOST_VISIT).orElseThrow().name()).isEqualTo("Host a visit");
        assertThat(t.lookup(CameoCodes.REJECT).orElseThrow().name()).isEqualTo("Reject");
        assertThat(CameoCodes.general(CameoCodes.INTENT_ROOT)).isEqualTo("030");
    }

    @Test
    void everySectorTheResourcesGiveIsAWellFormedCode() {
        List<String[]> rows = new java.util.ArrayList<>(ResourceFile.rows(CameoTable.class, "petrarch/agents.tsv"));
        rows.addAll(ResourceFile.rows(Token.class, "bodies.tsv"));
        assertThat(rows).hasSizeGreaterThan(3000).allSatisfy(r -> assertThat(Sector.isCode(r[1])).as(String.join("\t", r)).isTrue());
        // A role any body has (member, delegate, vice-chairman) is written "-": its holder takes the body's sector
        // (BodySeats.holder); every other role gives a well-formed code.
        assertThat(ResourceFile.rows(Token.class, "roles.tsv"))
                .allSatisfy(r -> assertThat(r[1].equals("-") || Sector.isCode(r[1])).as(String.join("\t", r)).isTrue())
                .anySatisfy(r -> assertThat(r[1]).isEqualTo("-"));
    }

    @Test
    void envoyRolesAndInnerTriggersLoad() {
        assertThat(ArticleContext.isEnvoyWord("envoy")).isTrue();
        assertThat(ArticleContext.isEnvoyWord("counterparts")).isTrue();
        assertThat(ArticleContext.isEnvoyWord("president")).isFalse();
        Token contacts = new Token(0, 0, 8, "contacts", "contact", "NNS", "O");
        assertThat(TriggerLexicon.standard().triggerFor(contacts).inner()).isTrue();
        Token talks = new Token(0, 0, 5, "talks", "talks", "NNS", "O");
        assertThat(TriggerLexicon.standard().triggerFor(talks).inner()).isFalse();
    }

    @Test
    void everyTriggerAndWrapCodeIsACameoCode() throws Exception {
        CameoTable t = CameoTable.standard();
        for (String[] r : ResourceFile.rows(TriggerLexicon.class, "triggers.tsv")) {
            assertThat(t.lookup(r[2].strip())).as(r[0] + " " + r[2]).isPresent();
        }
        for (String[] r : ResourceFile.rows(TriggerLexicon.class, "wraps.tsv")) {
            assertThat(t.lookup(r[2].strip())).as(r[2]).isPresent();
            // the wrapper keeps its type, but an intention to do harm is a threat, and agreeing to a demand yields
            EventType refined = t.lookup(r[2].strip()).orElseThrow().type();
            EventType wrapper = t.lookup(r[0].strip()).orElseThrow().type();
            assertThat(refined).as(r[2] + " keeps the wrapper's type, or is a threat or a concession of an agreement")
                    .isIn(wrapper == EventType.AGREE ? List.of(wrapper, EventType.THREATEN, EventType.CONCEDE) : List.of(wrapper));
        }
    }

    @Test
    void lexiconFindsTriggersByPartOfSpeech() {
        TriggerLexicon lex = TriggerLexicon.standard();
        assertThat(lex.triggerFor(tok("met", "meet", "VBD")).cameo()).isEqualTo("040");
        assertThat(lex.triggerFor(tok("talks", "talk", "NNS")).bare()).isTrue();
        assertThat(lex.triggerFor(tok("offered", "offer", "VBD")).wrap()).isTrue();
        assertThat(lex.triggerFor(tok("left", "leave", "VBD")).preps()).contains("for");
        assertThat(lex.triggerFor(tok("meeting", "meeting", "NN")).noun()).isTrue();
        assertThat(lex.triggerFor(tok("table", "table", "NN"))).isNull();
        assertThat(lex.triggerFor(tok("meet", "meet", "NN"))).isNull();
        assertThat(lex.cue("will")).isEqualTo("planned");
        assertThat(lex.cue("could")).isEqualTo("possible");
        assertThat(lex.cue("no")).isEqualTo("negated");
        assertThat(lex.isLightVerb("hold")).isTrue();
        assertThat(lex.wrapped("030", EventType.CONSULT)).isEqualTo("036");
        assertThat(lex.wrapped("100", EventType.CONSULT)).isEqualTo("106");
    }

    @Test
    void petrarchActorsWithSynonymsAndDateRanges() throws Exception {
        String file = """
                # a comment
                DONALD_TRUMP_ [USABUS <20170120] [USAGOV 20170120-20210120] [USAELI >20210120]
                +PRESIDENT_TRUMP_
                +TRUMP_  # surname
                KOREAN_CENTRAL_NEWS_AGENCY_ [PRKMED]
                +KCNA_
                """;
        ActorDictionary d = ActorDictionary.read(new StringReader(file), "test.actors");
        assertThat(d.lookup("Donald Trump", "2019-09-25").orElseThrow().sector()).isEqualTo("GOV");
        assertThat(d.lookup("President Trump", "2016-05-01").orElseThrow().sector()).isEqualTo("BUS");
        assertThat(d.lookup("Trump", "2022-01-01").orElseThrow().sector()).isEqualTo("ELI");
        assertThat(d.lookup("Trump", "2019-09-25").orElseThrow().country()).isEqualTo("USA");
        assertThat(d.lookup("KCNA", null).orElseThrow().country()).isEqualTo("PRK");
        assertThat(d.lookup("kcna", null).orElseThrow().name()).isEqualTo("Korean Central News Agency");
        assertThat(d.lookup("Kim Jong-un", null)).isEmpty();
        assertThat(d.maxWords()).isEqualTo(4);
    }

    @Test
    void aDictionaryLineThatDoesNotFitIsLeftOutAndTheRestRead() {
        ActorDictionary d = ActorDictionary.read(new StringReader("""
                ANNA_BERG_ [VLDGOV 2009]
                +BERG_
                KIRA_VANCE_ [VLDELI]
                """), "test.actors");
        assertThat(d.lookup("Kira Vance", null).orElseThrow().country()).isEqualTo("VLD");
        assertThat(d.lookup("Berg", null)).isEmpty(); // known as a name, but without a code
    }

    private static Token tok(String word, String lemma, String pos) {
        return new Token(0, 0, word.length(), word, lemma, pos, "O");
    }
}
