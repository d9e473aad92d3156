package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dateline.model.Participant;

/**
 * Business news tells the trades of firms with the verbs news uses for politics: "X offered to buy the shares of Y",
 * "Y rejected a $15-a-share offer", "the two firms agreed on a price", "it is seeking financing", "they filed a suit to
 * block the tender offer". PLOVER codes the acts of states, armed and political groups and the people who act for
 * them; a market transaction between private parties is none of these, whatever its verb.
 *
 * <p>An event is such a deal when what its words act on names a thing of the market ({@code market-nouns}: shares, a
 * stake, a bid, financing, a merger, a price) or a verb of trading is its complement ({@code market-verbs}: buy,
 * sell, acquire), and no one taking part is public: every party is a business or an organisation or person the coder
 * could give no sector. A state, an army, a court, a party, a union or the people of a place keeps the event ("Russia
 * agreed to sell fighter jets to India", "the EU rejected the merger", "workers protested against the price of
 * fuel"), since PLOVER codes trade and economic cooperation among states and public acts about the market.
 *
 * <p>The words read are the trigger's and its light verb's, with their objects, obliques, complements and
 * infinitives of purpose ("filed a lawsuit to block a tender offer"), and the noun a participle modifies ("the
 * purchase, rejected by regulators"); never their subjects, coordinated clauses, asides or that-clauses, which tell
 * of other things: "the regulator alleged that X inflated the share price" is a charge of fraud, whatever it is about. A hyphenated word counts by its parts ("a $10-a-share offer").
 */
final class MarketDeals {
    private static final Set<String> NOUNS = EventWords.get("market-nouns");
    private static final Set<String> VERBS = EventWords.get("market-verbs");
    private static final Set<String> PRIVATE_SECTORS = EventWords.get("market-sectors");
    /** Branches that tell of something besides what the event acts on. */
    private static final String[] ASIDES = {"nsubj", "csubj", "conj", "cc", "parataxis", "punct", "appos",
            "advcl", "acl", "ccomp", "dep", "discourse", "vocative", "list", "reparandum"};

    private final Clause c;

    MarketDeals(Clause c) {
        this.c = c;
    }

    /** Whether the event being coded is a trade between private parties. */
    boolean tradeOnly(Coding e) {
        List<Participant> all = new ArrayList<>(e.actors);
        all.addAll(e.others);
        if (!all.stream().allMatch(MarketDeals::privateParty)) return false;
        return scope(e).stream().anyMatch(this::marketWord);
    }

    /** A business, or a party with no sector the coder could give: no state, group or public. */
    private static boolean privateParty(Participant p) {
        return p.sector() == null || PRIVATE_SECTORS.contains(p.sector());
    }

    /** The words the event acts on: below its trigger and its light verb, asides and subjects left out. */
    private List<Integer> scope(Coding e) {
        List<Integer> out = new ArrayList<>();
        List<Integer> heads = new ArrayList<>(List.of(e.k.i()));
        if (e.k.light() >= 0) heads.add(e.k.light());
        if (e.inner != null) heads.add(e.inner.i());
        for (int h : heads) {
            collect(h, out);
            // the subject of a passive is what it acts on: "a $15 offer was rejected"
            for (int s : c.children(h, "nsubj:pass")) collect(s, out);
            if (c.relIs(h, "acl") && c.head(h) >= 0) out.add(c.head(h));
        }
        return out;
    }

    /**
     * Word i and the words below it that it acts on: a coordinated noun is one more thing ("cash and shares"), an
     * infinitive of purpose one more act ("filed a suit to block the offer"); other asides are left out.
     */
    private void collect(int i, List<Integer> out) {
        out.add(i);
        for (int k : c.children(i)) {
            boolean kept = !c.relIs(k, ASIDES)
                    || c.relIs(k, "conj") && !c.pos(k).startsWith("VB")
                    || c.relIs(k, "advcl", "acl") && infinitive(k);
            if (kept && !c.relIs(k, "nsubj", "csubj")) collect(k, out);
        }
    }

    /** An infinitive of purpose or of what a noun proposes: "to block the offer", "an offer to buy". */
    private boolean infinitive(int v) {
        return c.children(v, "mark").stream().anyMatch(m -> c.lower(m).equals("to"));
    }

    private boolean marketWord(int i) {
        if (c.pos(i).startsWith("VB")) return VERBS.contains(c.lemma(i));
        if (NOUNS.contains(c.lemma(i))) return true;
        String w = c.lower(i);
        if (w.indexOf('-') < 0) return false;
        for (String part : w.split("-")) {
            if (NOUNS.contains(part) || NOUNS.contains(part.replaceAll("s$", ""))) return true;
        }
        return false;
    }
}
