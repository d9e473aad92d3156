package org.dateline.core.event;

/**
 * "The Finance Minister criticized the central bank", "the Interior Minister said": an office written with capitals
 * after "the" is one holder of one state's government, as English writes a title it means as a name, where a lower-case
 * plural ("ministers have long been reluctant") is anyone's. With no nationality in its phrase, such an office is the
 * story's own state's, as the organs of law are (CommonNounActors' story state).
 */
final class CapitalisedOffices {
    private CapitalisedOffices() {}

    /** Whether the noun n is a singular capitalised office with "the" before it. */
    static boolean isOffice(Clause c, int n) {
        String w = c.tokens.get(n).word();
        if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || c.pos(n).endsWith("S")) return false;
        return c.children(n, "det").stream().anyMatch(d -> c.lower(d).equals("the"));
    }
}
