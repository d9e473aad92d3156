package org.dateline.core.language;

/**
 * Where a person's title ends when an agency lists many title holders in one sentence. A title set off by commas
 * between two names ("Ana Berg, chairman of the Sweden-Korea Committee, Carlos Ruiz, chairman of the Mexican
 * Committee for Peace, ...") is the earlier name's apposition, never the later name's title before it: a list of
 * "name, title" pairs would otherwise give every holder his left neighbour's country. And a title whose body is
 * named twice, abbreviated and then spelled out in apposition ("general secretary of the C.C., the Lao People's
 * Revolutionary Party and president of Laos"), runs on past the comma between the two names of the body, so that
 * the rest of the chain (the party, the state) is still the holder's own.
 */
final class TitleListBounds {
    private TitleListBounds() {}

    /**
     * Whether the title starting at token {@code first} and set off by a comma before the name is in fact the
     * apposition of the person named right before it (", " and a person's name directly before the title).
     */
    static boolean belongsToEarlierName(Doc doc, int first) {
        if (first < 2 || !doc.lower(first - 1).equals(",") || !doc.sameSentence(first - 2, first)) return false;
        Mention before = doc.mentionAt(first - 2);
        return before != null && before.isPerson() && before.lastToken == first - 2;
    }

    /**
     * Whether an appositive title that reached the comma at {@code comma} goes on after it: the comma closes the name
     * of a body (a capitalised word that is no person's name) and opens the same body's name in apposition ("the
     * C.C., the Workers' Party of X"), a body the NER found, with "the" before it.
     */
    static boolean runsOnPast(Doc doc, int comma) {
        if (!doc.lower(comma).equals(",") || !doc.lower(comma + 1).equals("the")) return false;
        if (!doc.sameSentence(comma - 1, comma + 2)) return false;
        Token last = doc.token(comma - 1);
        if (last == null || last.word().isEmpty() || !Character.isUpperCase(last.word().charAt(0))) return false;
        Mention closed = doc.mentionAt(comma - 1);
        if (closed != null && closed.isPerson()) return false;
        Mention next = doc.mentionAt(comma + 2);
        return next != null && next.firstToken == comma + 2 && next.type == org.dateline.model.EntityType.ORGANIZATION;
    }
}
