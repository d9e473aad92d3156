package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import java.util.ArrayList;

import org.dateline.core.Pipeline;
import org.dateline.core.language.Sentence;
import org.dateline.core.language.Token;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * The words around a trigger, on stories written for this test (published 10 May 2023): whether the act is aimed at,
 * conditional, the time of another clause, under someone's word or denied right before it, and the verb's aspect.
 * Sentences the coder gives no event of the status the filter weighs are read from hand-tagged tokens instead.
 */
class TriggerContextTest {

    /**
     * The trigger context of {@code trigger} in a sentence written as tagged tokens, {@code word/TAG} or
     * {@code word/TAG/lemma} (the lemma is the word in lower case when not given).
     */
    private static List<String> contextOf(String tagged, String trigger) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String item : tagged.split(" ")) {
            String[] p = item.split("/");
            String lemma = p.length > 2 ? p[2] : p[0].toLowerCase(java.util.Locale.ROOT);
            tokens.add(new Token(tokens.size(), at, at + p[0].length(), p[0], lemma, p[1], "O"));
            at += p[0].length() + 1;
        }
        Token t = tokens.stream().filter(x -> x.word().equals(trigger)).findFirst().orElseThrow();
        return TriggerContext.of(t, new Sentence(0, 0, at, tokens, List.of()));
    }

    @Test
    void anActOnlyPlannedIsAnInfinitiveAimedAt() {
        assertThat(contextOf("The/DT president/NN plans/VBZ/plan to/TO visit/VB Berlin/NNP ./.", "visit"))
                .contains("aspect=infinitive", "aimed-at");
        assertThat(contextOf("Efforts/NNS/effort to/TO end/VB the/DT war/NN failed/VBD/fail ./.", "end"))
                .contains("aspect=infinitive", "aimed-at");
        assertThat(contextOf("Troops/NNS/troop gathered/VBD/gather in/IN Paris/NNP to/TO celebrate/VB ./.", "celebrate"))
                .contains("aspect=infinitive").doesNotContain("aimed-at");
    }

    @Test
    void anActUnderIfIsConditional() {
        assertThat(contextOf("If/IN German/JJ troops/NNS/troop attack/VBP French/JJ soldiers/NNS/soldier ,/, Paris/NNP "
                + "will/MD respond/VB ./.", "attack")).contains("clause=conditional");
    }

    @Test
    void anActInARelativeClauseIsRelativeAndAnotherVerbBetweenEndsTheSearch() {
        assertThat(contextOf("The/DT minister/NN ,/, who/WP visited/VBD/visit Seoul/NNP last/JJ year/NN ,/, resigned/VBD/resign",
                "visited")).contains("clause=relative");
        assertThat(contextOf("Police/NNS who/WP came/VBD/come arrested/VBD/arrest him/PRP", "arrested"))
                .noneMatch(f -> f.startsWith("clause="));
    }

    @Test
    void aClaimLeavesTheActInDoubt() {
        assertThat(contextOf("The/DT government/NN claimed/VBD/claim that/IN troops/NNS/troop attacked/VBD/attack "
                + "soldiers/NNS/soldier ./.", "attacked")).contains("claim-verb", "report=before");
    }


    /** The features of the first event of {@code type} the story codes, filter off. */
    private static List<String> featuresOf(String body, EventType type) {
        Article a = new Article("t", "test", null, null, null, null, null, null, "2023-05-10", false, List.of(), null,
                null, "en", body, "");
        Pipeline.FilterInput in = GoldEvents.PIPELINE.annotateForFilter(a);
        List<Event> events = in.annotated().events();
        for (int i = 0; i < events.size(); i++) if (events.get(i).type() == type) return in.features().get(i);
        throw new AssertionError("no " + type + " event in: " + events);
    }

    @Test
    void aPlainPastActIsSimpleAndAimedAtNothing() {
        assertThat(featuresOf("French police arrested twenty German protesters in Paris on May 3.", EventType.COERCE))
                .contains("aspect=simple").doesNotContain("aimed-at", "negation-near", "claim-verb")
                .noneMatch(f -> f.startsWith("clause="));
    }

    @Test
    void theAuxiliaryBeforeTheTriggerGivesPerfectOrPassive() {
        assertThat(featuresOf("French police have arrested twenty German protesters in Paris.", EventType.COERCE))
                .contains("aspect=perfect");
        assertThat(featuresOf("Twenty German protesters were arrested by French police in Paris on May 3.", EventType.COERCE))
                .contains("aspect=passive");
    }

    @Test
    void anActThatTimesAnotherClauseIsInATimeClause() {
        assertThat(featuresOf("After the French president met the German chancellor in Berlin, he flew home.", EventType.CONSULT))
                .contains("clause=time");
    }

    @Test
    void theReportingVerbStandsBeforeOrAfterTheTrigger() {
        assertThat(featuresOf("The French government said German troops attacked French soldiers on May 3.", EventType.ASSAULT))
                .contains("report=before");
        assertThat(featuresOf("German troops attacked French soldiers on May 3, the French government said.", EventType.ASSAULT))
                .contains("report=after");
    }

    @Test
    void aDenialRightBeforeTheTriggerIsNear() {
        assertThat(featuresOf("German troops did not attack French soldiers in Paris on May 3.", EventType.ASSAULT))
                .contains("negation-near");
    }
}
