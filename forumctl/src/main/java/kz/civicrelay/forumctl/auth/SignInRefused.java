package kz.civicrelay.forumctl.auth;

/**
 * The issuer said no (wrong user name or password, a spent refresh token, a request it does not accept), or
 * there is no session: one plain line for the operator, printed by forumctl without a stack trace.
 */
public final class SignInRefused extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public SignInRefused(String message) {
        super(message);
    }
}
