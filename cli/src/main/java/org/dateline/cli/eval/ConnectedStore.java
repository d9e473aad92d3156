package org.dateline.cli.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dateline.core.connect.Connector;
import org.dateline.model.Annotated;
import org.dateline.model.Connected;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.StoryEvent;
import org.dateline.store.Store;

/**
 * A store's annotated articles connected again by the code at hand, with each per-article event findable by its
 * mention key ({@code article#event}): what the merge and thread samplers read. It never writes to the store, so a
 * labelled sample can be scored against any version of the rules on the same NLP output.
 */
record ConnectedStore(Map<String, Annotated> articles, Connected connected, Map<String, Event> events,
                      Map<String, String> storyOf, Map<String, Mention> mentions, Connector connector) {

    static ConnectedStore load(Path db) {
        List<Annotated> all = new ArrayList<>();
        try (Store store = Store.openExisting(db)) {
            store.annotated(all::add);
        }
        Connector c = new Connector();
        c.addAll(all);
        Connected connected = c.snapshot();
        Map<String, Annotated> articles = new HashMap<>();
        Map<String, Event> events = new HashMap<>();
        for (Annotated a : all) {
            articles.put(a.article().id(), a);
            for (Event e : a.events()) events.put(key(a.article().id(), e.id()), e);
        }
        Map<String, String> storyOf = new HashMap<>();
        Map<String, Mention> mentions = new HashMap<>();
        for (StoryEvent se : connected.events()) {
            for (Mention m : se.mentions()) {
                storyOf.put(key(m), se.id());
                mentions.put(key(m), m);
            }
        }
        return new ConnectedStore(articles, connected, events, storyOf, mentions, c);
    }

    static String key(Mention m) { return key(m.article(), m.eventId()); }

    static String key(String article, String event) { return article + "#" + event; }

    /** The mention key ({@code article#event}) of a labelled report in this store, or null when it has none. */
    String resolve(LabelledReport r) {
        Annotated a = articles.get(r.article());
        return a == null ? null : r.in(a.events()).map(e -> key(r.article(), e.id())).orElse(null);
    }

    /** True when the current rules put both mentions into one story event. */
    boolean merged(String a, String b) {
        String s = storyOf.get(a);
        return s != null && s.equals(storyOf.get(b));
    }
}
