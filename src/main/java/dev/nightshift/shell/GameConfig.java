package dev.nightshift.shell;

import dev.nightshift.game.Sessions;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.store.SessionStore;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Wires the game to the H2 store and the bundled scenario library; beans are created on first use. */
@Configuration(proxyBeanMethods = false)
class GameConfig {

    @Bean
    ScenarioLibrary scenarioLibrary() {
        return ScenarioLibrary.bundled();
    }

    @Bean
    DataSource dataSource(@Value("${nightshift.db.url}") String url, @Value("${nightshift.db.user}") String user,
                          @Value("${nightshift.db.password}") String password) {
        return new DriverManagerDataSource(url, user, password);
    }

    @Bean
    SessionStore sessionStore(DataSource dataSource) {
        return new SessionStore(dataSource);
    }

    @Bean
    dev.nightshift.engineer.ChangeWindows changeWindows(SessionStore store, ScenarioLibrary library) {
        return new dev.nightshift.engineer.ChangeWindows(store, library);
    }

    @Bean
    Sessions sessions(SessionStore store, ScenarioLibrary library) {
        return new Sessions(store, library);
    }
}
