package kz.civicrelay.platform.transparency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An Ed25519 key of a C2SP signed note: its name (e.g. {@code civicrelay.kz/audit}), 4-byte key ID
 * (SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key)[:4]) and the text forms the Go {@code sumdb/note} tools read: the verifier
 * key {@code <name>+<hex id>+<base64(0x01 ‖ public key)>} anyone may have, and the signer key
 * {@code PRIVATE+KEY+<name>+<hex id>+<base64(0x01 ‖ seed)>} that stays secret.
 */
public final class NoteKey {

    static final byte ED25519 = 0x01;
    /** The DER prefixes of an X.509 and a PKCS#8 Ed25519 key: the 32 raw bytes follow them. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final byte[] PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");

    private final String name;
    private final byte[] publicKey;
    private final PrivateKey privateKey;
    private final byte[] seed;

    private NoteKey(String name, byte[] publicKey, byte[] seed) {
        this.name = checkName(name);
        this.publicKey = publicKey.clone();
        this.seed = seed.clone();
        this.privateKey = privateKey(seed);
    }

    /** A new key of the given name. */
    public static NoteKey generate(String name) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return new NoteKey(name, raw(pair.getPublic().getEncoded(), X509_PREFIX),
                    raw(pair.getPrivate().getEncoded(), PKCS8_PREFIX));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
    }

    /** The key of a signer key text ({@link #signerKey()}). */
    public static NoteKey fromSignerKey(String text) {
        String[] parts = text.strip().split("\\+", 5);
        if (parts.length != 5 || !parts[0].equals("PRIVATE") || !parts[1].equals("KEY")) {
            throw new IllegalArgumentException("Not a signer key (PRIVATE+KEY+<name>+<id>+<key>)");
        }
        byte[] key = Base64.getDecoder().decode(parts[4]);
        if (key.length != 33 || key[0] != ED25519) {
            throw new IllegalArgumentException("Not an Ed25519 signer key");
        }
        byte[] seed = Arrays.copyOfRange(key, 1, 33);
        NoteKey noteKey = new NoteKey(parts[2], publicKeyOf(seed), seed);
        if (!noteKey.keyIdHex().equals(parts[3])) {
            throw new IllegalArgumentException("The signer key's id does not match its key");
        }
        return noteKey;
    }

    public String name() {
        return name;
    }

    /** The key ID, big-endian. */
    public int keyId() {
        return keyId(name, publicKey);
    }

    String keyIdHex() {
        return HexFormat.of().toHexDigits(keyId());
    }

    /** The verifier key text: {@code <name>+<hex id>+<base64(0x01 ‖ public key)>}. */
    public String verifierKey() {
        return name + "+" + keyIdHex() + "+" + Base64.getEncoder().encodeToString(typed(publicKey));
    }

    /** The signer key text: secret, {@code PRIVATE+KEY+<name>+<hex id>+<base64(0x01 ‖ seed)>}. */
    public String signerKey() {
        return "PRIVATE+KEY+" + name + "+" + keyIdHex() + "+" + Base64.getEncoder().encodeToString(typed(seed));
    }

    byte[] sign(byte[] message) {
        try {
            java.security.Signature signature = java.security.Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign with Ed25519", e);
        }
    }

    static int keyId(String name, byte[] publicKey) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0x0A);
            sha.update(ED25519);
            return ByteBuffer.wrap(sha.digest(publicKey)).getInt();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static PublicKey publicKey(byte[] raw) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(concat(X509_PREFIX, raw)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key", e);
        }
    }

    static String checkName(String name) {
        if (name.isEmpty() || name.contains("+") || name.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("A key name is non-empty, without spaces or '+': " + name);
        }
        return name;
    }

    private static PrivateKey privateKey(byte[] seed) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(concat(PKCS8_PREFIX, seed)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an Ed25519 private key", e);
        }
    }

    /** The public key of a seed: sign nothing with it and recover it via the JDK's own key pair. */
    private static byte[] publicKeyOf(byte[] seed) {
        try {
            java.security.SecureRandom fixed = new java.security.SecureRandom() {
                private static final long serialVersionUID = 1L;

                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
                }
            };
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(255, fixed);
            return raw(generator.generateKeyPair().getPublic().getEncoded(), X509_PREFIX);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
    }

    private static byte[] raw(byte[] encoded, byte[] prefix) {
        if (encoded.length != prefix.length + 32
                || !Arrays.equals(Arrays.copyOf(encoded, prefix.length), prefix)) {
            throw new IllegalStateException("Unexpected Ed25519 key encoding");
        }
        return Arrays.copyOfRange(encoded, prefix.length, encoded.length);
    }

    private static byte[] typed(byte[] key) {
        return concat(new byte[] { ED25519 }, key);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
