package kz.civicrelay.forumctl;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import kz.civicrelay.forumctl.system.ComposeEnvFile;
import kz.civicrelay.forumctl.system.DeliveryKeys;
import kz.civicrelay.platform.security.KafkaCredentials;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Makes the Kafka credentials of a data folder without starting anything (decision 0015), and the keys of
 * notification delivery, and writes them together as docker-compose's env file: what {@code docker compose
 * --env-file data/secrets/compose.env up} reads. {@code up} makes the same credentials and keys itself; existing
 * ones are kept, so this never changes a password or a key.
 */
@Command(name = "kafka-secrets", mixinStandardHelpOptions = true,
        description = "Makes (once) the Kafka principals' passwords in <data>/secrets/kafka.properties and the keys of "
                + "notification delivery (links, webhook secrets) beside it, owner-only, keeping existing ones; writes "
                + "them all to <data>/secrets/compose.env, docker-compose's --env-file, and prints its path.")
final class KafkaSecretsCommand implements Callable<Integer> {

    @Option(names = "--data", description = "The data folder (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("data");

    @Override
    public Integer call() {
        Path file = data.resolve(KafkaCredentials.FILE);
        KafkaCredentials credentials = KafkaCredentials.loadOrCreate(file);
        Path secrets = data.resolve("secrets");
        System.out.println(ComposeEnvFile.write(secrets, credentials, DeliveryKeys.readOrCreate(secrets)));
        return 0;
    }
}
