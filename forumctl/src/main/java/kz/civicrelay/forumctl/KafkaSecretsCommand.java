package kz.civicrelay.forumctl;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import kz.civicrelay.platform.security.KafkaCredentials;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Makes the Kafka credentials of a data folder without starting anything (decision 0015): what
 * {@code docker compose --env-file data/secrets/kafka.properties up} reads. {@code up} makes the same file
 * itself; an existing one is kept, so this never changes a password.
 */
@Command(name = "kafka-secrets", mixinStandardHelpOptions = true,
        description = "Makes (once) the Kafka principals' passwords in <data>/secrets/kafka.properties, owner-only, "
                + "and prints where; an existing file is kept. docker-compose reads it as its --env-file.")
final class KafkaSecretsCommand implements Callable<Integer> {

    @Option(names = "--data", description = "The data folder (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("data");

    @Override
    public Integer call() {
        Path file = data.resolve(KafkaCredentials.FILE);
        KafkaCredentials.loadOrCreate(file);
        System.out.println(file);
        return 0;
    }
}
