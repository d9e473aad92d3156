package org.dateline.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How big the cross-article record is, counted by the database in one query rather than by reading every row.
 *
 * @param storyEvents story events
 * @param links       links between story events
 * @param threads     story threads
 * @param actors      actor profiles
 */
public record ConnectionCounts(long storyEvents, long links, long threads, long actors) {
    static ConnectionCounts read(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM story_events), (SELECT count(*) FROM story_links), "
                     + "(SELECT count(*) FROM story_threads), (SELECT count(*) FROM actor_profiles)")) {
            rs.next();
            return new ConnectionCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        }
    }
}
