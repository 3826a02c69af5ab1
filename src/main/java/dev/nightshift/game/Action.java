package dev.nightshift.game;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** One journaled action of a session, as a verb and its arguments; stored as a JSON array, replayed in order. */
public record Action(String verb, List<String> args) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public Action {
        Objects.requireNonNull(verb, "verb");
        args = args.stream().map(a -> a == null ? "" : a).toList();
    }

    public static Action of(String verb, String... args) {
        return new Action(verb, Arrays.asList(args));
    }

    public String arg(int i) {
        return args.get(i);
    }

    public String encode() {
        try {
            String[] all = new String[args.size() + 1];
            all[0] = verb;
            for (int i = 0; i < args.size(); i++) {
                all[i + 1] = args.get(i);
            }
            return JSON.writeValueAsString(all);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode action " + verb, e);
        }
    }

    public static Action decode(String json) {
        try {
            String[] all = JSON.readValue(json, String[].class);
            return new Action(all[0], Arrays.asList(all).subList(1, all.length));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt journal entry " + json, e);
        }
    }
}
