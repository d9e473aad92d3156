package org.dateline.core.language;

/**
 * A title written without a name is of the state of the body its "of" phrase names: "the chairman of the Communist
 * Party in Sweden" is Swedish, "the general secretary of the Workers' Front of Chile" Chilean. The role word alone
 * carries no state, and the body's state is only known once {@link OrganisationStates} has placed the bodies, so
 * this runs after {@link RoleAttacher} has made the title mentions (nominal persons), over those still without a state.
 */
final class TitleOwners {
    private TitleOwners() {}

    static void place(Doc doc) {
        for (Mention m : doc.mentions) {
            if (!m.isPerson() || !m.nominal || m.country != null) continue;
            String state = OrganisationStates.after(doc, m);
            if (state != null) m.country = state;
        }
    }
}
