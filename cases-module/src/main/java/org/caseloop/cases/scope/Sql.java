package org.caseloop.cases.scope;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * A native SQL statement built in pieces, with its parameters kept in step with the {@code ?} markers,
 * so that no value is ever spliced into the text. The read side of the cases module uses plain JDBC
 * over the case tables (portable between PostgreSQL and H2) rather than the entities of the case core.
 */
public final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    public Sql append(String fragment) {
        text.append(fragment);
        return this;
    }

    /** Appends one {@code ?} bound to the value. */
    public Sql param(Object value) {
        text.append('?');
        params.add(value);
        return this;
    }

    /** Appends {@code (?, ?, …)} for a non-empty collection; an empty one gives {@code (NULL)}, which matches nothing. */
    public Sql in(Collection<?> values) {
        if (values.isEmpty()) {
            return append("(NULL)");
        }
        text.append('(');
        boolean first = true;
        for (Object v : values) {
            if (!first) {
                text.append(", ");
            }
            first = false;
            param(v);
        }
        text.append(')');
        return this;
    }

    public Sql append(Sql other) {
        text.append(other.text);
        params.addAll(other.params);
        return this;
    }

    public String text() {
        return text.toString();
    }

    public List<Object> params() {
        return Collections.unmodifiableList(params);
    }

    public PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(text());
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            if (value instanceof LocalDate date) {
                statement.setDate(i + 1, Date.valueOf(date));
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }

    @Override
    public String toString() {
        return text() + " " + params;
    }
}
