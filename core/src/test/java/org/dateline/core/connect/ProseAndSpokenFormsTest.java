package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * What makes two reports of a deed that recurs one happening: a sentence filed twice is told by its prose, not by the
 * long name of the body it is about, and is long enough to be written once (a cheer said twice is two); a speech is a
 * form of its own, as a gift or a letter is; a message's content is sent by whom its receipt names (invented reports).
 */
class ProseAndSpokenFormsTest {
    private static final String COMMITTEE = "The Velonian National Committee for the Study of the Ideas of Tarn Velo";
    private static final List<Entity> NAMES = List.of(person("Tarn Velo", "VEL", "president"),
            person("Ama Kesi", "PER", "president"), person("Juno Rell", "CHL", "president"),
            body("National Committee"), state("Velonia", "VEL"));

    private static Annotated report(String id, String day, String date, String actor, String body, String phrase,
                                    String trigger) {
        Article a = article(id, day, "News", body);
        Event e = event(a, "e1", EventType.SUPPORT, List.of(p(actor, "VEL")), List.of(), date, null,
                EventStatus.OCCURRED, phrase).toBuilder().trigger(trigger).build();
        return date == null ? new Annotated(a, NAMES, List.of(), List.of(), List.of(e)) : annotated(a, NAMES, e);
    }

    @Test
    void aLongNameRepeatedMakesNoSentenceACopy() {
        var first = DeedEvidence.proseWords(COMMITTEE + " posted an article \"Flames over the Ridge\" on its Internet "
                + "homepage on May 23.");
        var second = DeedEvidence.proseWords(COMMITTEE + " posted on its Internet website an article praising the "
                + "exploits performed by Tarn Velo for national reunification.");
        assertThat(first).doesNotContain("velonian", "committee", "study", "ideas");
        assertThat(DeedEvidence.copied(first, second)).isFalse();
    }

    @Test
    void aLongSentenceFiledAgainIsStillACopyByItsProse() {
        String told = COMMITTEE + " posted an article praising the exploits performed by Tarn Velo for the peaceful "
                + "reunification of the divided country on the occasion of the anniversary of the joint declaration.";
        assertThat(DeedEvidence.copied(DeedEvidence.proseWords(told),
                DeedEvidence.proseWords("Meanwhile, " + told.substring(0, 1).toLowerCase() + told.substring(1)))).isTrue();
    }

    @Test
    void aSpeechIsAFormOfItsOwn() {
        EventMention m = mention("x", "Tarn Velo made a congratulatory speech at the meeting.",
                "made a congratulatory speech", "made");
        assertThat(DeedParties.forms(m)).containsExactly("speech");
    }

    private static EventMention mention(String id, String body, String phrase, String trigger) {
        Article a = article(id, "2024-06-07", "News", body);
        Event e = event(a, "e1", EventType.SUPPORT, List.of(p("Tarn Velo", "VEL")), List.of(), null, null,
                EventStatus.OCCURRED, phrase).toBuilder().trigger(trigger).build();
        ArticleContext ctx = new ArticleContext(a.id(), a.headline(), a.body(), a.publicationDay().get(), 0, "t",
                new ActorKnowledgeBase.Resolution(java.util.Map.of(), n -> n), List.of(), List.of());
        return EventMention.of(e, ctx, ConnectLexicon.standard());
    }

    @Test
    void aShortFormulaSaidTwiceIsNoSentenceFiledTwice() {
        String thanks = "The dear Tarn Velo, thank you very much.";
        assertThat(StoryFit.filedTwice(mention("a", thanks, "thank you", "thank"),
                mention("b", thanks, "thank you", "thank"))).isFalse();
        String news = "Tarn Velo sent a letter of thanks to the builders of the new bridge over the river in the north on Monday.";
        assertThat(StoryFit.filedTwice(mention("a", news, "sent a letter", "sent"),
                mention("b", news, "sent a letter", "sent"))).isTrue();
    }

    @Test
    void oneLeadersSpeechAtACelebrationAndHisGiftsToItsDelegatesAreTwoDeeds() {
        Annotated speech = report("a", "2024-06-07", "2024-06-05", "Tarn Velo",
                "Tarn Velo made a congratulatory speech at the national meeting of the children's union on Wednesday "
                        + "to mark the 66th anniversary of the union.",
                "made a congratulatory speech at the national meeting", "made");
        Annotated gifts = report("b", "2024-06-08", null, "Tarn Velo",
                "Tarn Velo sent gifts to all the delegates to the celebrations of the 66th anniversary of the "
                        + "children's union.",
                "sent gifts to all the delegates", "sent");
        Connected c = Connector.connect(List.of(speech, gifts));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    private static Annotated greetingReceived(String id, String day, String sender) {
        // a page that joins its paragraphs with a comma: the receipt and what the message said read as one mention
        String body = "Tarn Velo received a message of greeting from " + sender + " on September 6., He in the message "
                + "extended congratulations to Tarn Velo on the national holiday of Velonia.";
        return report(id, day, null, "Tarn Velo", body, "extended congratulations to Tarn Velo", "extended");
    }

    @Test
    void whatAMessageSaidIsSentByWhomItsReceiptNames() {
        Connected c = Connector.connect(List.of(greetingReceived("a", "2024-09-11", "Ama Kesi, president of Peru"),
                greetingReceived("b", "2024-09-12", "Juno Rell, president of Chile")));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void oneMessageToldByItsReceiptAndWhatItSaidIsOneMessage() {
        Connected c = Connector.connect(List.of(greetingReceived("a", "2024-09-11", "Ama Kesi, president of Peru"),
                greetingReceived("b", "2024-09-12", "Ama Kesi, president of Peru")));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }
}
