package kz.civicrelay.forumctl.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.platform.security.OwnerOnlyFile;
import kz.civicrelay.platform.transparency.NoteKey;

/**
 * The auditor's Ed25519 checkpoint key, as a C2SP signer key in an owner-only file (by default
 * {@code data/secrets/audit-signing-key}, made on first use), and its verifier key, which anyone may have: written
 * beside it as {@code audit-verifier-key.txt} and printed, so other auditors can check the checkpoints with it.
 */
public final class AuditKey {

    /** The key's name in signed notes. */
    public static final String NAME = "civicrelay.kz/audit";

    private AuditKey() {
    }

    /** The signing key in {@code file}, made (with its verifier key file beside it) when there is none yet. */
    public static NoteKey loadOrCreate(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                return NoteKey.fromSignerKey(Files.readString(file, StandardCharsets.UTF_8));
            }
            NoteKey key = NoteKey.generate(NAME);
            OwnerOnlyFile.write(file, key.signerKey() + "\n");
            Files.writeString(verifierFile(file), key.verifierKey() + "\n", StandardCharsets.UTF_8);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the audit key " + file, e);
        }
    }

    /**
     * The verifier key to check checkpoints with: {@code given} (the key's text, or a file holding it), else the one
     * beside the signing key file, else that of the signing key; null when there is none of them.
     */
    public static @Nullable String verifierKey(@Nullable String given, Path signingKeyFile) {
        try {
            if (given != null) {
                Path file = Path.of(given);
                return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : given.strip();
            }
            Path beside = verifierFile(signingKeyFile);
            if (Files.isRegularFile(beside)) {
                return Files.readString(beside, StandardCharsets.UTF_8).strip();
            }
            if (Files.isRegularFile(signingKeyFile)) {
                return NoteKey.fromSignerKey(Files.readString(signingKeyFile, StandardCharsets.UTF_8)).verifierKey();
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the verifier key", e);
        }
    }

    static Path verifierFile(Path signingKeyFile) {
        return signingKeyFile.toAbsolutePath().resolveSibling("audit-verifier-key.txt");
    }
}
