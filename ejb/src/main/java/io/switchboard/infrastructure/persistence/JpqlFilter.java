package io.switchboard.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The optional filters of a console list (each one null = any) put together as one JPQL where clause, so the
 * page and its count share the same conditions. Search boxes use {@link LikePattern}.
 */
final class JpqlFilter {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Adds {@code clause} with one parameter when the value is given. */
    JpqlFilter when(Object value, String clause, String param) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            clauses.add(clause);
            params.put(param, value instanceof String s ? s.strip() : value);
        }
        return this;
    }

    /** Adds a search-box clause (using {@code :param} in LIKE ... escape '!') when the text is given. */
    JpqlFilter contains(String text, String clause, String param) {
        if (LikePattern.given(text)) {
            clauses.add(clause);
            params.put(param, LikePattern.contains(text));
        }
        return this;
    }

    /** Adds a clause without parameters. */
    JpqlFilter always(String clause) {
        clauses.add(clause);
        return this;
    }

    <T> TypedQuery<T> query(EntityManager em, Class<T> type, String selectFrom, String orderBy) {
        String where = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        TypedQuery<T> query = em.createQuery(selectFrom + where + (orderBy == null ? "" : " " + orderBy), type);
        params.forEach(query::setParameter);
        return query;
    }
}
