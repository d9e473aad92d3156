package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** JDBC chores shared by the readers and writers: binding positional arguments, mapping rows, IN lists. */
final class Rows {
    interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Rows() {}

    static void bind(PreparedStatement p, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) p.setObject(i + 1, args[i]);
    }

    static <T> List<T> list(Connection c, String sql, Mapper<T> mapper, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, args);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) out.add(mapper.map(rs));
            }
            return out;
        }
    }

    /** "?, ?, ?" for an IN list of {@code n} values. */
    static String marks(int n) {
        return n == 0 ? "NULL" : "?" + ", ?".repeat(n - 1);
    }

    static Object[] args(Collection<?> values) {
        return values.toArray();
    }

    /** Rows keyed by their first column (a parent's row number), in query order. */
    static <T> Map<Long, List<T>> group(Connection c, String sql, Object[] args, Mapper<T> mapper) throws SQLException {
        Map<Long, List<T>> out = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, args);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(mapper.map(rs));
            }
        }
        return out;
    }
}
