package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.dateline.core.language.Sentence;
import org.dateline.core.language.Token;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * The learned filter's cues of a trigger's clause and of the verb of saying that governs it, on tagged sentences
 * written for this test ("word/TAG/lemma" tokens): an act told in a when-clause, in a relative clause or after a
 * complementizer, and a home state's act with no foreign party.
 */
class ClauseFeaturesTest {

    /** A sentence of "word/TAG" or "word/TAG/lemma" tokens. */
    private static Sentence tagged(String text) {
        List<Token> ts = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            String[] p = w.split("/");
            String lemma = p.length > 2 ? p[2] : p[0].toLowerCase(java.util.Locale.ROOT);
            ts.add(new Token(ts.size(), at, at + p[0].length(), p[0], lemma, p[1], "O"));
            at += p[0].length() + 1;
        }
        return new Sentence(0, 0, at, ts, List.of());
    }

    private static List<String> featuresAt(Sentence s, String triggerWord) {
        Token trigger = s.tokens().stream().filter(t -> t.word().equals(triggerWord)).findFirst().orElseThrow();
        return ClauseFeatures.of(Event.builder().type(EventType.CONSULT).trigger(triggerWord).build(), s, trigger);
    }

    @Test
    void anActToldInAWhenClauseIsTheSettingOfAnotherAndTheMainClauseIsNot() {
        Sentence s = tagged("When/WRB the/DT envoy/NN visited/VBD/visit Norland/NNP ,/, the/DT talks/NNS began/VBD/begin ./.");
        assertThat(featuresAt(s, "visited")).contains("clause=time");
        assertThat(featuresAt(s, "began")).noneMatch(f -> f.startsWith("clause="));
    }

    @Test
    void anActAfterAParticipleOfTimeIsInATimeClause() {
        Sentence s = tagged("The/DT delegation/NN returned/VBD/return home/RB after/IN visiting/VBG/visit Norland/NNP ./.");
        assertThat(featuresAt(s, "visiting")).contains("clause=time");
        assertThat(featuresAt(s, "returned")).noneMatch(f -> f.startsWith("clause="));
    }

    @Test
    void aRelativePronounOpensTheTriggersClauseButGivesNoFeature() {
        Sentence s = tagged("They/PRP praised/VBD/praise the/DT accord/NN that/WDT Norland/NNP signed/VBD/sign with/IN Velmar/NNP ./.");
        assertThat(ClauseFeatures.clauseMark(s.tokens(), 5)).isEqualTo("relative");
        assertThat(featuresAt(s, "signed")).noneMatch(f -> f.startsWith("clause="));
        Sentence who = tagged("When/WRB the/DT minister/NN ,/, who/WP met/VBD/meet the/DT envoy/NN ,/, left/VBD/leave ./.");
        assertThat(ClauseFeatures.clauseMark(who.tokens(), 5)).isEqualTo("relative");
    }

    @Test
    void aComplementizerThatOpensWhatSomeoneSaid() {
        Sentence s = tagged("The/DT paper/NN wrote/VBD/write that/IN the/DT army/NN attacked/VBD/attack the/DT town/NN ./.");
        assertThat(featuresAt(s, "attacked")).contains("clause=complement");
    }

    @Test
    void aHomeStatesActWithNoPartyOfAnotherStateIsHomeOnly() {
        Event inspection = Event.builder().type(EventType.CONSULT).actors(List.of(new Participant("premier", "NOR", "GOV")))
                .recipients(List.of(new Participant("factory", "NOR", "BUS"))).build();
        Event visit = Event.builder().type(EventType.CONSULT).actors(List.of(new Participant("premier", "NOR", "GOV")))
                .recipients(List.of(new Participant("Velmar", "VEL", "GOV"))).build();
        assertThat(ClauseFeatures.ofParties(inspection, "NOR")).containsExactly("home-only");
        assertThat(ClauseFeatures.ofParties(visit, "NOR")).isEmpty();
        assertThat(ClauseFeatures.ofParties(inspection, "VEL")).isEmpty();
    }
}
