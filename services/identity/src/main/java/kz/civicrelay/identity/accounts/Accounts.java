package kz.civicrelay.identity.accounts;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The accounts that may sign in, held in memory: the login form checks passwords against them, and the
 * tokens take their names, roles and regions from them.
 */
public final class Accounts implements UserDetailsService {

    private final Map<String, Account> byUsername = new LinkedHashMap<>();

    public Accounts(Collection<Account> accounts) {
        for (Account account : accounts) {
            if (byUsername.putIfAbsent(account.username(), account) != null) {
                throw new IllegalArgumentException("The user name " + account.username() + " is given twice");
            }
        }
    }

    public Optional<Account> find(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }

    public int size() {
        return byUsername.size();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = find(username).orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return User.withUsername(account.username()).password(account.passwordHash())
                .authorities(account.roles().stream().map(r -> "RELAY_" + r).toArray(String[]::new)).build();
    }
}
