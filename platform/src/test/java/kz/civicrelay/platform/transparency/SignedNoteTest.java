package kz.civicrelay.platform.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** C2SP signed notes and tlog checkpoints, against the Go reference implementation's (sumdb/note) example. */
class SignedNoteTest {

    private static final String SIGNER = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    private static final String VERIFIER = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private static final String TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    private static final String NOTE = TEXT + "\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUg"
            + "YN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    @Test
    void signsAndOpensTheReferenceNoteByteForByte() {
        NoteKey key = NoteKey.fromSignerKey(SIGNER);

        assertThat(key.verifierKey()).isEqualTo(VERIFIER);
        assertThat(key.signerKey()).isEqualTo(SIGNER);
        assertThat(SignedNote.sign(TEXT, key)).isEqualTo(NOTE);
        assertThat(SignedNote.open(NOTE, VERIFIER)).isEqualTo(TEXT);
    }

    @Test
    void derivesTheRfc8032PublicKeyFromItsSeed() {
        String seed = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
        byte[] typed = new byte[33];
        typed[0] = 0x01;
        System.arraycopy(HexFormat.of().parseHex(seed), 0, typed, 1, 32);
        String base64 = java.util.Base64.getEncoder().encodeToString(typed);
        byte[] publicKey = HexFormat.of().parseHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        String id = String.format("%08x", NoteKey.keyId("rfc8032", publicKey));

        NoteKey key = NoteKey.fromSignerKey("PRIVATE+KEY+rfc8032+" + id + "+" + base64);

        assertThat(key.verifierKey()).endsWith(java.util.Base64.getEncoder().encodeToString(
                java.nio.ByteBuffer.allocate(33).put((byte) 1).put(publicKey).array()));
    }

    @Test
    void refusesAChangedTextAnotherKeyAndMalformedNotes() {
        NoteKey other = NoteKey.generate("civicrelay.kz/audit");

        assertThatThrownBy(() -> SignedNote.open(NOTE.replace("answer", "Answer"), VERIFIER))
                .hasMessageContaining("does not verify");
        assertThatThrownBy(() -> SignedNote.open(NOTE, other.verifierKey())).hasMessageContaining("not signed by");
        assertThatThrownBy(() -> SignedNote.open(TEXT, VERIFIER)).hasMessageContaining("blank line");
        assertThatThrownBy(() -> SignedNote.open(NOTE, VERIFIER.replace("c74f20a3", "c74f20a4")))
                .hasMessageContaining("id does not match");
        assertThatThrownBy(() -> SignedNote.sign("no newline", other)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoteKey.generate("two words")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoteKey.fromSignerKey(SIGNER.replace("c74f20a3", "00000000")))
                .hasMessageContaining("id does not match");
    }

    @Test
    void writesACheckpointAsASignedNoteAndReadsItBack() {
        NoteKey key = NoteKey.generate("civicrelay.kz/audit");
        byte[] root = MerkleTree.leafHash("қағаз".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Checkpoint checkpoint = new Checkpoint("civicrelay.kz/relay.scheduling/0", 42, root);

        String note = checkpoint.sign(key);

        assertThat(note).startsWith("civicrelay.kz/relay.scheduling/0\n42\n"
                + java.util.Base64.getEncoder().encodeToString(root) + "\n\n— civicrelay.kz/audit ");
        assertThat(Checkpoint.parse(SignedNote.open(note, key.verifierKey()))).isEqualTo(checkpoint);
        assertThat(NoteKey.fromSignerKey(key.signerKey()).verifierKey()).isEqualTo(key.verifierKey());
        assertThatThrownBy(() -> Checkpoint.parse("origin\nnot a number\nAAAA\n"))
                .hasMessageContaining("Malformed");
    }
}
