package kz.civicrelay.platform.transparency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

/**
 * A C2SP signed note: a text ending in a newline, a blank line, then signature lines
 * {@code — <key name> <base64(key ID ‖ Ed25519 signature)>}, the signature over the text's UTF-8 bytes with its final
 * newline. Signing makes one; {@link #open} checks one against a verifier key and gives its text.
 */
public final class SignedNote {

    private static final String DASH = "\u2014 ";

    private SignedNote() {
    }

    /** The note of {@code text} signed by {@code key}. */
    public static String sign(String text, NoteKey key) {
        checkText(text);
        byte[] signature = key.sign(text.getBytes(StandardCharsets.UTF_8));
        byte[] line = ByteBuffer.allocate(4 + signature.length).putInt(key.keyId()).put(signature).array();
        return text + "\n" + DASH + key.name() + " " + Base64.getEncoder().encodeToString(line) + "\n";
    }

    /**
     * The text of a note signed by the key of {@code verifierKey} ({@code <name>+<hex id>+<base64(0x01 ‖ key)>});
     * {@link IllegalArgumentException} saying why when it is malformed, not signed by that key, or the signature fails.
     */
    public static String open(String note, String verifierKey) {
        String[] parts = verifierKey.strip().split("\\+", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a verifier key (<name>+<id>+<key>)");
        }
        byte[] typed = Base64.getDecoder().decode(parts[2]);
        if (typed.length != 33 || typed[0] != NoteKey.ED25519) {
            throw new IllegalArgumentException("Not an Ed25519 verifier key");
        }
        byte[] publicKey = Arrays.copyOfRange(typed, 1, 33);
        String name = NoteKey.checkName(parts[0]);
        int keyId = NoteKey.keyId(name, publicKey);
        if (!String.format("%08x", keyId).equals(parts[1])) {
            throw new IllegalArgumentException("The verifier key's id does not match its key");
        }
        int split = note.lastIndexOf("\n\n");
        if (split < 0 || !note.endsWith("\n")) {
            throw new IllegalArgumentException("Not a signed note: no blank line before its signatures");
        }
        String text = note.substring(0, split + 1);
        checkText(text);
        for (String line : note.substring(split + 2).split("\n")) {
            if (!line.startsWith(DASH)) {
                throw new IllegalArgumentException("Malformed signature line: " + line);
            }
            String[] signed = line.substring(DASH.length()).split(" ");
            if (signed.length != 2) {
                throw new IllegalArgumentException("Malformed signature line: " + line);
            }
            byte[] sig = Base64.getDecoder().decode(signed[1]);
            if (signed[0].equals(name) && sig.length == 68 && ByteBuffer.wrap(sig).getInt() == keyId) {
                if (!verifies(publicKey, text, Arrays.copyOfRange(sig, 4, 68))) {
                    throw new IllegalArgumentException("The note's signature by " + name + " does not verify");
                }
                return text;
            }
        }
        throw new IllegalArgumentException("The note is not signed by " + name + "+" + parts[1]);
    }

    private static boolean verifies(byte[] publicKey, String text, byte[] signature) {
        try {
            java.security.Signature verifier = java.security.Signature.getInstance("Ed25519");
            verifier.initVerify(NoteKey.publicKey(publicKey));
            verifier.update(text.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static void checkText(String text) {
        if (text.isEmpty() || !text.endsWith("\n")) {
            throw new IllegalArgumentException("A note's text ends in a newline");
        }
        if (text.contains("\n\n") || text.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
            throw new IllegalArgumentException("A note's text has no blank line and no control character");
        }
    }
}
