package io.socialdesk.oncall.absence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The absences entered with {@code /sd away}, kept until they are cancelled. */
@Repository
public class Absences {

    private final JdbcClient jdbc;

    Absences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(
            String personId, LocalDate from, LocalDate to, @Nullable String cover, @Nullable String reason, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO oncall_absence (person_id, first_day, last_day, cover_id, reason, created_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(personId, from, to, cover, reason, by)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public boolean cancel(long id) {
        return jdbc.sql("DELETE FROM oncall_absence WHERE id = ?").param(id).update() > 0;
    }

    /** Every absence that has not ended before {@code day}, oldest entry first. */
    public List<Absence> from(LocalDate day) {
        return jdbc.sql("SELECT * FROM oncall_absence WHERE last_day >= ? ORDER BY id")
                .param(day)
                .query(this::row)
                .list();
    }

    private Absence row(ResultSet rs, int row) throws SQLException {
        return new Absence(
                rs.getLong("id"),
                rs.getString("person_id"),
                rs.getObject("first_day", LocalDate.class),
                rs.getObject("last_day", LocalDate.class),
                rs.getString("cover_id"),
                rs.getString("reason"),
                rs.getString("created_by"),
                rs.getLong("id"));
    }
}
