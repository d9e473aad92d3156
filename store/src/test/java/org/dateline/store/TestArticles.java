package org.dateline.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.dateline.model.Article;
import org.dateline.model.DateCandidate;
import org.dateline.model.ContentHash;

/** Articles for tests: hand-made ones, and deterministic synthetic ones that can be regenerated from their number. */
final class TestArticles {
    private static final String[] WORDS = ("government minister said officials talks border troops election court "
            + "president agency report week city north south east west market prices rain flood storm police "
            + "ship port trade tariff budget parliament vote leader party meeting summit army missile launch "
            + "village school hospital doctors workers strike union factory bank rates growth export import "
            + "river bridge road train airport flight weather crops farmers harvest festival museum season")
            .split(" ");
    private static final String[] AGENCIES = {"Yonhap", "AP", null};

    private TestArticles() {}

    static Article article(String id, String headline, String body) {
        return new Article(id, "test:" + id, null, headline, null, null, null, null, null, false, List.of(), null,
                null, "en", body, ContentHash.of(headline, body));
    }

    static Article dated(String id, String headline, String body, String date, String language, String agency) {
        return new Article(id, "test:" + id, "https://example.org/" + id, headline, null, agency, null, null, date,
                false, List.of(), null, null, language, body, ContentHash.of(headline, body));
    }

    /** The word that only synthetic article {@code n} contains. */
    static String uniqueWord(int n) {
        return "uniq" + Integer.toString(n, 36) + "x";
    }

    /** Synthetic article {@code n}: about {@code bodyChars} characters of body, always the same for the same n. */
    static Article synthetic(int n, int bodyChars) {
        Random random = new Random(n * 7919L + 17);
        String headline = words(random, 8) + " " + uniqueWord(n);
        StringBuilder body = new StringBuilder();
        while (body.length() < bodyChars) {
            if (body.length() > 0) body.append("\n\n");
            String sentence = words(random, 40);
            body.append(Character.toUpperCase(sentence.charAt(0))).append(sentence, 1, sentence.length())
                    .append(' ').append(uniqueWord(n)).append('.');
        }
        String date = LocalDate.of(2019, 1, 1).plusDays(n % 700).toString();
        return new Article("doc-" + n, "synthetic", "https://example.org/news/" + n, headline, "Reporter " + (n % 13),
                AGENCIES[n % AGENCIES.length], "SEOUL", "Jan. 1", date, n % 5 == 0,
                List.of(new DateCandidate(date, "dateline", "Jan. 1"), new DateCandidate(date, "meta", null)),
                null, n % 11 == 0 ? "(LEAD)" : null, "en", body.toString(), ContentHash.of(headline, body.toString()));
    }

    /** Batch {@code b} of a run of equal batches: articles {@code b*size .. b*size+size-1}. */
    static List<Article> batch(int b, int size, int bodyChars) {
        List<Article> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) out.add(synthetic(b * size + i, bodyChars));
        return out;
    }

    private static String words(Random random, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) sb.append(' ');
            sb.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }
}
