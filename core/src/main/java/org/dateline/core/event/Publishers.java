package org.dateline.core.event;

import java.util.List;
import java.util.Set;

import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Participant;

/**
 * Who a paper, party or committee that publishes is: the participants its phrase names, placed in a
 * country, with the sector its kind gives when its name gives none. "The Mexican newspaper X" is a paper of Mexico
 * (MED), not the state its nationality word names; "Rodong Sinmun", a paper the tagger places itself, keeps the
 * tagger's country; a party is PTY, a committee or association of friendship CVL. A publisher placed in no country
 * is left out. Used by {@link PublishedPraise} and {@link CommentaryBlame}.
 */
final class Publishers {
    private static final Set<String> MEDIA = EventWords.get("publisher-media-nouns");
    private static final Set<String> PARTIES = EventWords.get("publisher-party-nouns");
    private static final Set<String> CIVIC = EventWords.get("publisher-civic-nouns");
    private static final Set<String> ISSUES = EventWords.get("publication-issue-nouns");

    private Publishers() {}

    /**
     * The placed publishers the nominal h names; a publisher whose name the tagger does not know is told by its kind
     * and its country ({@link #byKind}).
     */
    static List<Participant> of(ParticipantFinder parts, Clause c, int h) {
        List<Participant> named = parts.of(h).stream().map(p -> placed(p, c, h)).filter(p -> p.country() != null)
                .map(p -> withSector(p, c, h)).toList();
        if (!named.isEmpty()) return named;
        Participant unnamed = byKind(c, h);
        return unnamed == null ? List.of() : List.of(unnamed);
    }

    /**
     * "The U.S. paper Worker's World", "a TV of Mexico", "Workers' World, the organ of the party of the United States":
     * a publisher whose own name the tagger does not know (a small paper, a radio) is still placed by its phrase, which
     * gives its kind (a paper, a party, a committee: {@code publisher-media-nouns} ...) and a country (a state's name or
     * its nationality word, also in an apposition); it is the paper (or party, or committee) of that country, named as
     * the text names it. A phrase with no kind word ("Juan Perez of Chile") or no country ("the paper Worker's World")
     * places no one. Null when it places none.
     */
    private static Participant byKind(Clause c, int h) {
        String sector = kindOf(c, h, Set.of("acl", "acl:relcl", "conj")); // "X, the organ of the party": a paper
        if (sector == null) return null;
        String country = null;
        for (int i : c.subtreeWithout(h, Set.of("acl", "acl:relcl", "conj"))) {
            for (Entity e : c.entitiesAt(i)) {
                if ((e.type() == EntityType.COUNTRY || e.type() == EntityType.NATIONALITY) && e.country() != null) {
                    country = e.country();
                    break;
                }
            }
            if (country != null) break;
        }
        return country == null ? null : new Participant(nameOf(c, h), country, sector);
    }

    /** The publisher's words as the text writes them: the run of proper nouns that ends with h, else h with its "of". */
    private static String nameOf(Clause c, int h) {
        int first = h;
        while (first > 0 && c.pos(h).startsWith("NNP") && (c.pos(first - 1).startsWith("NNP") || c.pos(first - 1).equals("POS")
                || Character.isUpperCase(c.tokens.get(first - 1).word().charAt(0)) && c.pos(first - 1).startsWith("NN"))) first--;
        int last = h;
        for (int k : c.children(h, "nmod")) {
            if (k > h && c.caseOf(k).equals("of")) last = Math.max(last, c.subtreeWithout(k, Set.of("acl", "acl:relcl", "conj", "appos")).stream().max(Integer::compare).orElse(k));
        }
        StringBuilder name = new StringBuilder();
        for (int i = first; i <= last; i++) {
            if (i > first && !c.pos(i).equals("POS")) name.append(' ');
            name.append(c.tokens.get(i).word());
        }
        return name.toString();
    }

    /**
     * Whether an event the clause coder found already lies in the words a publishing or speaking verb governs ("issued
     * a statement condemning Y", "says that X violated the accord"): the sentence told its event there. An event
     * elsewhere in the sentence (wire copy often runs two sentences into one) does not count.
     */
    static boolean toldAlready(Clause c, List<Integer> words, List<Draft> coded) {
        if (coded.isEmpty() || words.isEmpty()) return false;
        int from = c.tokens.get(words.stream().min(Integer::compare).get()).start();
        int to = c.tokens.get(words.stream().max(Integer::compare).get()).end();
        return coded.stream().anyMatch(d -> d.start < to && from < d.end);
    }

    /**
     * "The February issue of X carried an article", "the Sunday edition of the paper Y ran": an issue
     * is published by the paper it is an issue of, which is the publisher; any other nominal is its own publisher.
     */
    static int paperOfIssue(Clause c, int h) {
        if (h < 0 || !ISSUES.contains(c.lemma(h))) return h;
        for (int k : c.children(h, "nmod")) if (c.caseOf(k).equals("of")) return k;
        return h;
    }

    /** A publisher the tagger places itself ("Rodong Sinmun", a known paper) where the participant has no country. */
    private static Participant placed(Participant p, Clause c, int h) {
        if (p.country() != null) return p;
        for (Entity e : c.entitiesAt(h)) {
            if (e.country() != null && p.name().equals(e.text())) return new Participant(p.name(), e.country(), e.sector());
        }
        return p;
    }

    /** Whether a lemma names a paper or a broadcaster ("newspaper", "TV"). */
    static boolean isMediaWord(String lemma) {
        return MEDIA.contains(lemma);
    }

    /** Whether the nominal h is a paper or a broadcaster by its kind ("The Nigerian paper X", "Y TV"). */
    static boolean isMedia(Clause c, int h) {
        return "MED".equals(kindOf(c, h));
    }

    private static String kindOf(Clause c, int h) {
        return kindOf(c, h, Set.of("acl", "acl:relcl", "appos", "conj"));
    }

    private static String kindOf(Clause c, int h, Set<String> cut) {
        for (int i : c.subtreeWithout(h, cut)) {
            String sector = MEDIA.contains(c.lemma(i)) ? "MED" : PARTIES.contains(c.lemma(i)) ? "PTY"
                    : CIVIC.contains(c.lemma(i)) ? "CVL" : null;
            if (sector != null) return sector;
        }
        return null;
    }

    /**
     * The sector the phrase's kind gives a publisher named by its name alone; "The Bangladeshi paper X": the
     * nationality gave the state (GOV), the phrase's kind gives the paper.
     */
    private static Participant withSector(Participant p, Clause c, int h) {
        if (p.sector() != null && !"GOV".equals(p.sector())) return p;
        String sector = kindOf(c, h);
        return sector == null ? p : new Participant(p.name(), p.country(), sector);
    }
}
