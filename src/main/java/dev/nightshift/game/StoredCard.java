package dev.nightshift.game;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A score card (the analyst's or the engineer's), or a shift's snapshot, as the store keeps it: JSON. */
public final class StoredCard {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredCard() {
    }

    public static String write(Object card) {
        try {
            return JSON.writeValueAsString(card);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the " + card.getClass().getSimpleName(), e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the stored " + type.getSimpleName(), e);
        }
    }
}
