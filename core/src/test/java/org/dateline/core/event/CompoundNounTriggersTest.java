package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A noun with a modifier that makes a two-word trigger ("an air strike" is an attack, "a strike" alone a labour
 * strike): the coder's trigger and the parties' reading of such a noun as the subject of a verb ask the lexicon this
 * one question. Sentences invented for this test.
 */
class CompoundNounTriggersTest {
    private final TriggerLexicon lex = TriggerLexicon.standard();

    @Test
    void aNounWithAnAdjectiveThatMakesATwoWordTriggerIsThatTrigger() {
        Clause c = ParsedClauses.parse("The jets carried out an air strike on the depot.");
        Trigger t = lex.compoundNounAt(c, ParsedClauses.at(c, "strike"));
        assertThat(t).isNotNull();
        assertThat(t.cameo()).isEqualTo("195");
    }

    @Test
    void aNounWithNoSuchModifierAndAVerbHaveNoTwoWordTrigger() {
        Clause c = ParsedClauses.parse("The dock workers began a long strike on Monday.");
        assertThat(lex.compoundNounAt(c, ParsedClauses.at(c, "strike"))).isNull();
        assertThat(lex.compoundNounAt(c, ParsedClauses.at(c, "began"))).isNull();
    }
}
