package org.dateline.core.event;

import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Participant;

/**
 * The persons a nominal names by a name the language layer did not resolve: a name after a title the parser took for
 * the head ("Secretary General of the Arab League Nabil Elaraby"), a run of proper nouns the tagger calls a person, a
 * capitalised word an office in apposition makes a name. A part of {@link ParticipantFinder}, kept apart because
 * telling a name is a job of its own.
 */
final class NamedPersons {
    private final Clause c;
    private final ArticleContext ctx;
    private final PhraseCountries placing;

    NamedPersons(Clause c, ArticleContext ctx, PhraseCountries placing) {
        this.c = c;
        this.ctx = ctx;
        this.placing = placing;
    }

    /**
     * A person the language layer left without a name: a run of proper nouns the tagger calls PERSON ("Park
     * Min-jae, South Korea's special representative"), or a lone surname the article named in full before.
     */
    Participant properName(int h) {
        if (!c.pos(h).startsWith("NNP")) return null;
        for (Entity e : c.entitiesAt(h)) {
            if (e.type() == EntityType.PERSON && e.canonical() != null) return null;
        }
        int lo = h, hi = h;
        while (lo > 0 && c.pos(lo - 1).matches("NNP|HYPH") && c.head(lo - 1) == h) lo--;
        boolean person = false;
        for (int i = lo; i <= hi; i++) person |= "PERSON".equals(c.tokens.get(i).ner());
        for (int a : c.children(h, "appos")) {
            for (Entity e : c.entitiesAt(a)) person |= e.type() == EntityType.PERSON;
        }
        // "Vishnu, director-general of the institute, said": a name the tagger missed, told a person by its office
        boolean titled = !person && c.children(h, "appos").stream().anyMatch(a -> a > h && isOffice(a));
        if (!person && !titled) return null;
        if (lo == hi && !titled) return ctx.personByNamePart(c.tokens.get(h).word());
        String name = ctx.article.body().substring(c.tokens.get(lo).start(), c.tokens.get(hi).end());
        Participant p = placing.withCountry(new Participant(name, null, null), h);
        ctx.learn(p);
        return p;
    }

    /**
     * An office held by one person ({@code roles.tsv}: "chairman", "director"), the appositive's head word or a part
     * of it when hyphenated ("director-general", "vice-chairman"), with the "of" phrase that says whose office it
     * is: the phrase that makes a bare capitalised word a person's name the tagger missed.
     */
    private boolean isOffice(int a) {
        if (!c.pos(a).startsWith("NN") || c.children(a, "nmod").stream().noneMatch(k -> c.caseOf(k).equals("of"))) return false;
        for (String part : c.lower(a).split("-")) if (ctx.gazetteer.role(part).isPresent()) return true;
        return false;
    }

    /**
     * "Secretary General of the Arab League Nabil Elaraby met": the parser may head the phrase on a word of the title;
     * the person the language layer gave that title (it ends right before his name) is the participant.
     */
    Participant titled(int h) {
        int at = c.tokens.get(h).start();
        for (int i : c.subtree(h)) {
            for (Entity e : c.entitiesAt(i)) {
                if (e.type() != EntityType.PERSON || e.role() == null || e.start() <= at) continue;
                int roleStart = ctx.article.body().lastIndexOf(e.role(), e.start());
                if (roleStart >= 0 && roleStart <= at && roleStart + e.role().length() + 2 >= e.start()) return ctx.participant(e);
            }
        }
        return null;
    }
}
