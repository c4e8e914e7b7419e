package kz.civicrelay.forumctl.auth;

import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Prints an access token and nothing else, for scripts: {@code curl -H "Authorization: Bearer $(forumctl token
 * --user operator --password …)"}. Signs in without a browser at the embedded issuer's form; stores nothing.
 */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Signs in (authorization code with PKCE, without a browser, at the embedded issuer's sign-in "
                + "form) and prints the access token only, on standard output. Stores nothing. Without --user: "
                + "prints the access token of the stored session (forumctl login), renewed if it has expired.")
public final class TokenCommand implements Callable<Integer> {

    static final String DEFAULT_ISSUER = "http://localhost:9000";

    @Option(names = "--issuer", description = "The OpenID Connect issuer (default: ${DEFAULT-VALUE}, the embedded one).")
    String issuer = DEFAULT_ISSUER;

    @Option(names = {"-u", "--user"}, description = "User name, e.g. operator or team-kz-75.")
    @Nullable String user;

    @Option(names = {"-p", "--password"}, description = "Password (asked for without echo if not given).")
    @Nullable String password;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String token = user == null
                ? Session.stored().requireBearer()
                : FormSignIn.signIn(issuer, user, Credentials.password(password, spec.commandLine().getErr()))
                        .accessToken();
        spec.commandLine().getOut().println(token);
        return 0;
    }
}
