package com.example.fulfillment.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Whether any row of an entity matches a condition, asked so that Hibernate plans the query once.
 * <p>
 * Panache's {@code count(where, params) > 0} derives a count query from the condition on every call
 * ({@code SelectionQuery.getResultCount()}), and Hibernate translates that derived query to SQL anew each time: the
 * profile under load found the translation at 6 to 10 % of shipping's and notification's CPU, for their duplicate
 * checks alone. A plain select with the same condition is translated once per query string and kept in Hibernate's
 * query plan cache; and it stops at the first matching row instead of counting them all.
 */
public final class Existence {

    private Existence() {
    }

    /**
     * @param where a JPQL condition on the entity's attributes, with positional parameters ?1, ?2, ...
     * @param params the parameters' values, in their order
     */
    public static boolean anyMatch(EntityManager entityManager, Class<?> entity, String where, Object... params) {
        String name = entityManager.getMetamodel().entity(entity).getName();
        TypedQuery<Integer> query = entityManager
                .createQuery("select 1 from " + name + " where " + where, Integer.class)
                .setMaxResults(1);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return !query.getResultList().isEmpty();
    }
}
