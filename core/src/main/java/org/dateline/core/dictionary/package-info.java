/**
 * Reads the dictionaries of the PETRARCH event coder (and TABARI before it), the open CAMEO dictionaries that real
 * event coders run on: actors with date-ranged codes ({@link org.dateline.core.dictionary.ActorEntry}), agents
 * ({@link org.dateline.core.dictionary.AgentEntry}), the verb dictionary's synonym sets, verb families and patterns
 * ({@link org.dateline.core.dictionary.VerbEntry}), discards and issues.
 *
 * <p>Reading only: entries are immutable values as the files state them, with the line they come from, and the
 * regular forms the format defines (plurals, verb forms, issue variants) on demand. What an entry means for
 * Dateline's own events is decided by whoever imports them. Start at
 * {@link org.dateline.core.dictionary.PetrarchDictionaries}.
 */
package org.dateline.core.dictionary;
