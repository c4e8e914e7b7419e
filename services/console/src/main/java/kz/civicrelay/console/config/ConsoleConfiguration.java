package kz.civicrelay.console.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.civicrelay.console.board.RelayBoard;

@Configuration(proxyBeanMethods = false)
class ConsoleConfiguration {

    @Bean
    RelayBoard relayBoard() {
        return new RelayBoard();
    }
}
