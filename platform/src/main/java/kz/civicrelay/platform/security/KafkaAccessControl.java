package kz.civicrelay.platform.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a secured cluster's users and ACLs to what {@link KafkaCredentials} and {@link KafkaAcls} say, through
 * an admin client acting as {@link KafkaPrincipal#ADMIN}; idempotent, so {@code forumctl up} runs it at every
 * start: each principal's SCRAM credential is (re)written with its password, every ACL of the list is
 * created (an existing one is left as it is), and an ACL of a relay principal that the list no longer holds
 * is deleted, so a narrowed permission does not linger.
 */
public final class KafkaAccessControl {

    private static final Logger log = LoggerFactory.getLogger(KafkaAccessControl.class);
    private static final int SCRAM_ITERATIONS = 8192;
    private static final long WAIT_SECONDS = 30;

    private KafkaAccessControl() {
    }

    public static void apply(Admin admin, KafkaCredentials credentials) {
        try {
            List<UserScramCredentialAlteration> users = new ArrayList<>();
            for (KafkaPrincipal principal : KafkaPrincipal.values()) {
                users.add(new UserScramCredentialUpsertion(principal.userName(),
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_256, SCRAM_ITERATIONS),
                        credentials.password(principal)));
            }
            admin.alterUserScramCredentials(users).all().get(WAIT_SECONDS, TimeUnit.SECONDS);
            List<AclBinding> wanted = KafkaAcls.all();
            admin.createAcls(wanted).all().get(WAIT_SECONDS, TimeUnit.SECONDS);
            Set<String> relayPrincipals = new HashSet<>();
            for (KafkaPrincipal principal : KafkaPrincipal.values()) {
                relayPrincipals.add(principal.principal());
            }
            Set<AclBinding> keep = new HashSet<>(wanted);
            List<AclBindingFilter> stale = admin.describeAcls(AclBindingFilter.ANY).values()
                    .get(WAIT_SECONDS, TimeUnit.SECONDS).stream()
                    .filter(acl -> relayPrincipals.contains(acl.entry().principal()) && !keep.contains(acl))
                    .map(AclBinding::toFilter).toList();
            if (!stale.isEmpty()) {
                admin.deleteAcls(stale).all().get(WAIT_SECONDS, TimeUnit.SECONDS);
            }
            log.info("Kafka users {} and {} ACLs in place ({} stale removed)", relayPrincipals, wanted.size(), stale.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing Kafka users and ACLs", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot write the Kafka users and ACLs: "
                    + (e.getCause() == null ? e : e.getCause()), e);
        }
    }
}
