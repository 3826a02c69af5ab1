package dev.nightshift.shell;

import dev.nightshift.game.Sessions;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.store.SessionStore;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the game to the H2 store and the bundled scenario library; beans are created on first use. */
@Configuration(proxyBeanMethods = false)
class GameConfig {

    @Bean
    ScenarioLibrary scenarioLibrary() {
        return ScenarioLibrary.bundled();
    }

    @Bean
    SessionStore sessionStore(DataSource dataSource) {
        return new SessionStore(dataSource);
    }

    @Bean
    Sessions sessions(SessionStore store, ScenarioLibrary library) {
        return new Sessions(store, library);
    }
}
