package kz.civicrelay.forumctl.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.civicrelay.platform.security.OwnerOnlyFile;

/**
 * forumctl's sign-in, for every command that calls a service: {@link #bearer()} gives a valid access token,
 * renewing it with the refresh token when it has expired. A stored session lives in {@value #FILE_NAME} under
 * {@code $FORUMCTL_HOME} (default {@code ~/.config/forumctl}), readable by its owner only; {@code forumctl login}
 * writes it, {@code logout} removes it. A command can also sign in itself and keep the session in memory only
 * ({@link #signedIn}), as {@code forumctl demo} does as the operator on the embedded default.
 */
public final class Session {

    public static final String FILE_NAME = "session.json";
    /** Not signed in, or the session cannot be renewed. */
    public static final String NOT_SIGNED_IN = "not signed in: run forumctl login";
    /** Renew an access token this close to its expiry rather than send one that may expire on the way. */
    private static final long MARGIN_SECONDS = 30;

    private final @Nullable Path file;
    private @Nullable SessionTokens tokens;

    private Session(@Nullable Path file, @Nullable SessionTokens tokens) {
        this.file = file;
        this.tokens = tokens;
    }

    /** The session stored in the default place ({@link #home()}), if any. */
    public static Session stored() {
        return stored(home());
    }

    /** The session stored in {@code home}, if any. */
    public static Session stored(Path home) {
        Path file = home.resolve(FILE_NAME);
        return new Session(file, read(file));
    }

    /** Signs {@code user} in at {@code issuer} (the embedded issuer's form) and keeps the session in memory only. */
    public static Session signedIn(String issuer, String user, String password) {
        return new Session(null, FormSignIn.signIn(issuer, user, password));
    }

    /**
     * {@code $FORUMCTL_HOME}, else {@code ~/.config/forumctl}; the system property {@code forumctl.home} comes
     * first (tests).
     */
    public static Path home() {
        String property = System.getProperty("forumctl.home");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String variable = System.getenv("FORUMCTL_HOME");
        if (variable != null && !variable.isBlank()) {
            return Path.of(variable);
        }
        return Path.of(System.getProperty("user.home"), ".config", "forumctl");
    }

    /** Signs {@code user} in at {@code issuer} and stores the session (where this one is stored, if it is). */
    public synchronized SignedInUser signIn(String issuer, String user, String password) {
        return use(FormSignIn.signIn(issuer, user, password));
    }

    /** Takes {@code signedIn} as this session's tokens and stores them (where this one is stored, if it is). */
    public synchronized SignedInUser use(SessionTokens signedIn) {
        tokens = signedIn;
        store(signedIn);
        return SignedInUser.of(signedIn.accessToken());
    }

    /**
     * A valid access token, for {@code Authorization: Bearer …}: the one held if it is still good, else a
     * renewed one (stored again); empty if not signed in or the session cannot be renewed any more.
     */
    public synchronized Optional<String> bearer() {
        SessionTokens held = tokens;
        if (held == null) {
            return Optional.empty();
        }
        if (held.validFor(MARGIN_SECONDS)) {
            return Optional.of(held.accessToken());
        }
        String refreshToken = held.refreshToken();
        if (refreshToken == null) {
            return Optional.empty();
        }
        try {
            SessionTokens renewed = new TokenEndpoint(IssuerEndpoints.discover(held.issuer())).refresh(refreshToken);
            use(renewed);
            return Optional.of(renewed.accessToken());
        } catch (SignInRefused e) {
            return Optional.empty();
        }
    }

    /** As {@link #bearer()}, refusing with {@value #NOT_SIGNED_IN} when there is none. */
    public String requireBearer() {
        return bearer().orElseThrow(() -> new SignInRefused(NOT_SIGNED_IN));
    }

    /** Who is signed in (as of the last token, which may have expired since); empty if nobody. */
    public synchronized Optional<SignedInUser> user() {
        SessionTokens held = tokens;
        return held == null ? Optional.empty() : Optional.of(SignedInUser.of(held.accessToken()));
    }

    /** The issuer of the session; empty if not signed in. */
    public synchronized Optional<String> issuer() {
        SessionTokens held = tokens;
        return held == null ? Optional.empty() : Optional.of(held.issuer());
    }

    /** Forgets the session and deletes its file; true if there was one. */
    public synchronized boolean forget() {
        boolean had = tokens != null;
        tokens = null;
        if (file != null) {
            try {
                had |= Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete " + file, e);
            }
        }
        return had;
    }

    /** Where this session is stored; empty if it lives in memory only. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    private static @Nullable SessionTokens read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            JsonNode json = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            return new SessionTokens(json.path("issuer").asText(), json.path("access_token").asText(),
                    json.hasNonNull("refresh_token") ? json.get("refresh_token").asText() : null,
                    Instant.parse(json.path("expires_at").asText()));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The session file " + file + " cannot be read; remove it with forumctl logout");
        }
    }

    /** Written beside its place with owner-only permissions from the start, then moved into place. */
    private void store(SessionTokens signedIn) {
        Path target = file;
        if (target == null) {
            return;
        }
        Map<String, String> json = new LinkedHashMap<>();
        json.put("issuer", signedIn.issuer());
        json.put("access_token", signedIn.accessToken());
        String refreshToken = signedIn.refreshToken();
        if (refreshToken != null) {
            json.put("refresh_token", refreshToken);
        }
        json.put("expires_at", signedIn.expiresAt().toString());
        try {
            OwnerOnlyFile.write(target, new ObjectMapper().writeValueAsString(json));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the session in " + target, e);
        }
    }
}
