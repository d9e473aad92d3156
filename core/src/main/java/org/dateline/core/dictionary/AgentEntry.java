package org.dateline.core.dictionary;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One record of the agents dictionary: a common noun phrase that names a kind of actor ({@code FOREIGN_MINISTER}),
 * its plural forms and the code it adds to the actor's ({@code [~GOVFRM]}).
 *
 * @param phrase    the phrase as written (a substitution marker already replaced)
 * @param plurals   empty: the regular plural is generated; present and empty ({@code {}}): no plural; present with
 *                  forms ({@code {ATTORNEYS_GENERAL}}): those forms
 * @param code      the code without its {@code ~}
 * @param placement whether the code goes after the actor's ({@code ~GOV}, the usual) or before it ({@code NGO~})
 */
public record AgentEntry(String phrase, Optional<List<String>> plurals, String code, Placement placement, int line) {
    /** Where an agent's code is joined to the actor's code. */
    public enum Placement { AFTER_ACTOR_CODE, BEFORE_ACTOR_CODE }

    public AgentEntry {
        plurals = plurals.map(List::copyOf);
    }

    /** The phrase and its plural forms: the given ones, or the regular plural when none are given. */
    public List<String> forms() {
        if (plurals.isEmpty()) return List.of(phrase, EnglishForms.plural(phrase));
        return Stream.concat(Stream.of(phrase), plurals.get().stream()).toList();
    }
}
