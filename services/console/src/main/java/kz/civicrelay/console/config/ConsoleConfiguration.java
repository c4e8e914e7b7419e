package kz.civicrelay.console.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.civicrelay.console.board.RelayBoard;
import kz.civicrelay.console.history.EventIndex;
import kz.civicrelay.console.history.EventSource;
import kz.civicrelay.console.history.History;

/** The board, the history and the index both file events in (decision 0026). */
@Configuration(proxyBeanMethods = false)
class ConsoleConfiguration {

    @Bean
    EventIndex eventIndex() {
        return new EventIndex();
    }

    @Bean
    RelayBoard relayBoard(EventIndex index) {
        return new RelayBoard(index);
    }

    @Bean
    History history(EventIndex index, EventSource source) {
        return new History(index, source);
    }
}
