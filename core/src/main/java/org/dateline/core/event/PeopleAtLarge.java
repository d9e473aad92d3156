package org.dateline.core.event;

import java.util.Set;

/**
 * What people at large do, told in the simple present, is a generalisation and no event: "a lot of people ask about
 * aphids", "most readers skip the preface", "many parents choose a private school". Its subject is a noun of the
 * general public ({@code general-public-nouns}: people, adults, users, readers, ...), bare or under a quantifier
 * ("some", "most", "a lot of", "a number of"), with nothing that makes it a group the text points at: no article or
 * demonstrative, no possessor, no place or relative clause ("people in Gaza", "the residents who fled").
 *
 * <p>What an unnamed share of any kind of body does in the present is a generalisation too: "many
 * organizations reward overconfidence", "some universities are refusing to take part". A plural noun under a
 * quantifier of an indefinite share ({@code indefinite-share-quantifiers}: many, most, some, few, several), with
 * nothing else that points at one group, names no actor the conventions can identify; in the simple present or the
 * present progressive it tells a trend, not an act. "Some 300 workers" (a number) and a past act ("several unions
 * backed him") are left to the other rules.
 *
 * <p>The habit of a named or official body stays an event ("police often arrest protesters", {@link Unasserted}), and
 * so does a past act of people at large ("people fled the shelling"): only the present of a verb with no auxiliary
 * generalises. A headline's present ("Residents flee as fighting nears") names a group by place or by its verb's
 * news, and its subject is rarely a bare noun of the general public.
 */
final class PeopleAtLarge {
    private static final Set<String> PUBLIC = EventWords.get("general-public-nouns");
    private static final Set<String> QUANTITIES = EventWords.get("quantity-heads");
    private static final Set<String> QUANTIFIERS = EventWords.get("generic-quantifiers");
    private static final Set<String> SHARES = EventWords.get("indefinite-share-quantifiers");
    private static final Set<String> PRESENT_BE = EventWords.get("present-be-auxiliaries");

    private final Clause c;

    PeopleAtLarge(Clause c) {
        this.c = c;
    }

    /** Whether the verb v tells, in the simple present, what people at large do. */
    boolean generalises(int v) {
        if (v < 0) return false;
        boolean simplePresent = c.pos(v).equals("VBP") && c.children(v, "aux", "aux:pass").isEmpty();
        if (simplePresent && c.children(v, "nsubj").stream().anyMatch(this::peopleAtLarge)) return true;
        boolean progressive = c.pos(v).equals("VBG") && !c.children(v, "aux").isEmpty()
                && c.children(v, "aux").stream().allMatch(a -> PRESENT_BE.contains(c.lower(a)));
        return (simplePresent || progressive) && c.children(v, "nsubj").stream().anyMatch(this::indefiniteShare);
    }

    /** "many organizations", "some universities": a plural noun under a quantifier of a share, and nothing else. */
    private boolean indefiniteShare(int n) {
        if (!c.pos(n).equals("NNS") || !unmarked(n, false)) return false;
        return c.children(n, "det", "amod").stream().anyMatch(k -> SHARES.contains(c.lower(k)));
    }

    private boolean peopleAtLarge(int n) {
        if (QUANTITIES.contains(c.lemma(n)) && unmarked(n, true)) {
            return c.children(n, "nmod").stream().anyMatch(k -> c.caseOf(k).equals("of") && peopleAtLarge(k));
        }
        return PUBLIC.contains(c.lower(n)) && unmarked(n, false);
    }

    /**
     * A noun with no word that points at one group: only quantifiers as determiners or modifiers, and no possessor,
     * place, compound or clause; a quantity head ("a lot of") may take "a" and its "of" phrase.
     */
    private boolean unmarked(int n, boolean quantity) {
        for (int k : c.children(n)) {
            String r = c.rel(k);
            if (r.equals("det") || r.equals("amod")) {
                if (!QUANTIFIERS.contains(c.lower(k)) && !(quantity && r.equals("det"))) return false;
            } else if (r.equals("nmod") && !(quantity && c.caseOf(k).equals("of")) || r.startsWith("nmod:poss")
                    || r.startsWith("acl") || r.equals("compound") || r.equals("appos") || r.equals("nummod")) {
                return false;
            }
        }
        return true;
    }
}
