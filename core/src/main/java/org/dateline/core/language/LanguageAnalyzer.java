package org.dateline.core.language;

import java.util.ArrayList;
import java.util.List;

import org.dateline.model.Article;
import org.dateline.model.Entity;

/**
 * The language layer: from an article's body to entity mentions and tagged sentences (the pipeline's quote stage
 * reads speakers from them).
 *
 * <pre>
 * body --CoreNLP (tokens, POS, lemmas, 3-class NER)--> sentences
 *      --MentionFinder (NER + gazetteer)--> mentions --Metonymy--> states vs places
 *      --RoleAttacher--> roles, nominal persons, groups --Coreference--> canonical names
 * </pre>
 *
 * Entity types produced: PERSON (named, or a nominal role phrase such as "his U.S. counterpart" resolved to the
 * person when the article names them), PRONOUN (he/she resolved to a person; unresolved pronouns are not emitted),
 * ORGANIZATION, COUNTRY (a state; sector GOV when it acts, null when it only modifies a noun), LOCATION, NATIONALITY,
 * GROUP ("North Korean officials"). The byline reporter never appears. Non-English articles get an empty analysis.
 */
public final class LanguageAnalyzer {
    private final NlpModels models;
    private final Gazetteer gazetteer;

    public LanguageAnalyzer(NlpModels models, Gazetteer gazetteer) {
        this.models = models;
        this.gazetteer = gazetteer;
    }

    /** The analyser on the process's shared models (built on first use). */
    public static LanguageAnalyzer standard() { return new LanguageAnalyzer(NlpModels.shared(), Gazetteer.standard()); }

    public NlpModels models() { return models; }

    public Analysis analyze(Article a) {
        if (!a.isEnglish() || a.body().isBlank()) return Analysis.empty();
        List<Sentence> tagged = models.tag(BracketedAbbreviations.blanked(ParagraphJoins.restore(a.body())));
        Doc doc = new Doc(a.body(), tagged, gazetteer);
        doc.datelineCountry = gazetteer.countryOfPlace(a.datelinePlace());
        doc.settingCountry = StorySetting.of(doc.datelineCountry, a.headline(), gazetteer);
        doc.homeCountry = doc.datelineCountry != null ? doc.datelineCountry : AgencyHomes.of(a.agency());
        doc.quoteSpans = QuoteSpans.find(a.body());
        MentionFinder.find(doc);
        Metonymy.resolve(doc);
        RoleAttacher.attach(doc);
        TitleOwners.place(doc);
        Coreference.resolve(doc, a.byline());
        List<Entity> entities = new ArrayList<>();
        for (Mention m : doc.mentions) entities.add(m.toEntity(a.body()));
        List<Sentence> sentences = new ArrayList<>();
        int k = 0;
        for (Sentence s : tagged) {
            List<Entity> in = new ArrayList<>();
            while (k < entities.size() && entities.get(k).start() < s.end()) {
                if (entities.get(k).start() >= s.start()) in.add(entities.get(k));
                k++;
            }
            sentences.add(s.withMentions(in));
        }
        return new Analysis(entities, sentences);
    }
}
