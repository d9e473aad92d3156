package org.dateline.model;

import java.util.List;

/**
 * Articles grouped into one running story by actors, topic and time.
 *
 * @param id        stable id (derived from the first article)
 * @param title     readable title, e.g. "Lee Do-hoon – Stephen Biegun: North Korea nuclear talks"
 * @param articles  article ids, oldest first
 * @param firstDate earliest publication date (TimeML)
 * @param lastDate  latest publication date (TimeML)
 * @param actors    canonical names of the main actors, most active first
 */
public record StoryThread(String id, String title, List<String> articles, String firstDate, String lastDate,
                          List<String> actors) {
    public StoryThread {
        articles = List.copyOf(articles);
        actors = List.copyOf(actors);
    }
}
