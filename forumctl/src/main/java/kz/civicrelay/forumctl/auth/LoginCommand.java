package kz.civicrelay.forumctl.auth;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Signs in and keeps the session (access and refresh token) for the commands that call the services, in a
 * file only its owner may read. Asks for what is not given; the password without echo.
 */
@Command(name = "login", mixinStandardHelpOptions = true,
        description = "Signs in at the identity issuer (authorization code with PKCE) and stores the session in "
                + "$FORUMCTL_HOME/session.json (default ~/.config/forumctl), readable by you only. Asks for the user "
                + "name and password when not given (the password without echo). With --browser: signs in in a "
                + "browser, for any OpenID Connect provider.")
public final class LoginCommand implements Callable<Integer> {

    @Option(names = "--issuer", description = "The OpenID Connect issuer (default: ${DEFAULT-VALUE}, the embedded one).")
    String issuer = TokenCommand.DEFAULT_ISSUER;

    @Option(names = {"-u", "--user"}, description = "User name, e.g. operator or team-kz-75 (asked for if not given).")
    @Nullable String user;

    @Option(names = {"-p", "--password"}, description = "Password (asked for without echo if not given; a password "
            + "on the command line is visible to other users of the machine).")
    @Nullable String password;

    @Option(names = "--browser", description = "Sign in in a browser: prints the sign-in address and waits on a "
            + "loopback port for the issuer to send the browser back (any OpenID Connect provider).")
    boolean browser;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Session session = Session.stored();
        SignedInUser signedIn = browser
                ? session.use(BrowserSignIn.signIn(issuer, out))
                : session.signIn(issuer, Credentials.user(user, out), Credentials.password(password, out));
        out.println("Signed in as " + WhoamiCommand.describe(signedIn));
        out.println("Session stored in " + session.file().map(String::valueOf).orElse("memory")
                + " (renewed automatically; forumctl logout removes it)");
        return 0;
    }
}
