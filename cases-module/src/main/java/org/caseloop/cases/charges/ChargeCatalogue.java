package org.caseloop.cases.charges;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Looks up charges in the catalogue. */
@ApplicationScoped
public class ChargeCatalogue {

    // '!' rather than a backslash: the two databases treat backslashes in literals differently.
    private static final char LIKE_ESCAPE = '!';

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    /** One page of charges and the number of charges on all pages. */
    public record SearchResult(List<Charge> items, long total) {
    }

    /**
     * Charges whose name contains the text or whose code starts with it ({@code C02} lists chapter 2), ordered by
     * code; all charges when the text is blank.
     */
    public SearchResult search(String text, int offset, int limit) {
        String filter = text == null ? "" : text.strip();
        String where = filter.isEmpty() ? "" : " WHERE c.name LIKE :name ESCAPE '" + LIKE_ESCAPE + "'"
                + " OR c.code LIKE :code ESCAPE '" + LIKE_ESCAPE + "'";
        TypedQuery<Charge> page = em.createQuery("SELECT c FROM Charge c" + where + " ORDER BY c.code", Charge.class)
                .setFirstResult(offset)
                .setMaxResults(limit);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM Charge c" + where, Long.class);
        if (!filter.isEmpty()) {
            String escaped = escapeLike(filter);
            String codePrefix = escapeLike(filter.toUpperCase(Locale.ROOT)) + "%";
            page.setParameter("name", "%" + escaped + "%").setParameter("code", codePrefix);
            count.setParameter("name", "%" + escaped + "%").setParameter("code", codePrefix);
        }
        return new SearchResult(page.getResultList(), count.getSingleResult());
    }

    /** The charges with these codes, ordered by code; unknown codes are left out. */
    public List<Charge> byCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Charge c WHERE c.code IN :codes ORDER BY c.code", Charge.class)
                .setParameter("codes", codes)
                .getResultList();
    }

    private static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            if (ch == LIKE_ESCAPE || ch == '%' || ch == '_') {
                escaped.append(LIKE_ESCAPE);
            }
            escaped.append(ch);
        }
        return escaped.toString();
    }
}
