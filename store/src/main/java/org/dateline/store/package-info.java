/**
 * Dateline's record in one SQLite file: {@link org.dateline.store.Store} is the whole API (records in, records out).
 *
 * <ul>
 *   <li>Per article: {@code add(List<Article>)} stores articles bare; {@code addAnnotated(List<Annotated>)} stores
 *       articles with entities, time expressions, quotes and events, in one transaction per batch (a document seen
 *       twice is stored once; a bare article gets its annotations the first time an annotated copy comes).</li>
 *   <li>For the cross-article stage: {@code annotated(Consumer)} streams every stored article with its annotations,
 *       oldest first; {@code replaceConnections(Connected)} swaps in its result atomically.</li>
 *   <li>For views (CLI, web): {@code storyEvents(EventCriteria)} and {@code storyEventCount}, {@code storyEvent(id)},
 *       {@code actors(limit, offset)}, {@code actor(name)}, {@code threads(limit, offset)}, {@code thread(id)},
 *       {@code links()}, {@code quotes(speaker, limit, offset)}, {@code annotatedArticle(id)}, {@code article(id)},
 *       {@code search(...)}. Every list is paged (limit 0 = all) and every query is parameterised and indexed.</li>
 * </ul>
 *
 * Schema changes are numbered SQL files under {@code resources/org/dateline/store/migrations}, applied on open.
 */
package org.dateline.store;
