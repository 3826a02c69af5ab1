package dev.nightshift.shell;

import dev.nightshift.game.Sessions;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.store.SessionStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the game to the H2 store and the bundled scenario library; beans are created on first use. */
@Configuration(proxyBeanMethods = false)
class GameConfig {

    @Bean
    ScenarioLibrary scenarioLibrary() {
        return ScenarioLibrary.bundled();
    }

    /** The store opens the database on first use, so commands that keep no session never touch it. */
    @Bean
    SessionStore sessionStore(@Value("${nightshift.db.url}") String url, @Value("${nightshift.db.user}") String user,
                              @Value("${nightshift.db.password}") String password) {
        return SessionStore.open(url, user, password);
    }

    @Bean
    Sessions sessions(SessionStore store, ScenarioLibrary library) {
        return new Sessions(store, library);
    }
}
