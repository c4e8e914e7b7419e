package kz.civicrelay.platform.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** RFC 9162's tree hashes, proofs and their verification, against the published RFC 6962 reference vectors. */
class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();
    /** The reference leaves of RFC 6962's test data, as Certificate Transparency's implementations use them. */
    private static final List<byte[]> REFERENCE = List.of("", "00", "10", "2021", "3031", "40414243",
            "5051525354555657", "606162636465666768696a6b6c6d6e6f").stream().map(HEX::parseHex)
            .map(MerkleTree::leafHash).toList();
    private static final List<String> ROOTS = List.of(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    private final MerkleTree reference = new MerkleTree(REFERENCE);

    @Test
    void hashesTheReferenceTreeOfEverySizeAsCertificateTransparencyDoes() {
        for (int size = 0; size <= 8; size++) {
            assertThat(HEX.formatHex(reference.root(size))).as("size %d", size).isEqualTo(ROOTS.get(size));
        }
    }

    @Test
    void givesTheReferenceInclusionProofs() {
        assertThat(reference.inclusionProof(0, 8)).extracting(HEX::formatHex).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(reference.inclusionProof(5, 8)).extracting(HEX::formatHex).containsExactly(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
    }

    @Test
    void everyInclusionProofVerifiesInEveryTreeSizeAndAWrongOneDoesNot() {
        MerkleTree tree = tree(37);
        for (int size = 1; size <= 37; size++) {
            byte[] root = tree.root(size);
            for (int index = 0; index < size; index++) {
                List<byte[]> proof = tree.inclusionProof(index, size);
                byte[] leaf = tree.root(0).length == 32 ? leaf(index) : null;
                assertThat(MerkleTree.verifyInclusion(index, size, leaf, proof, root)).as("%d in %d", index, size)
                        .isTrue();
                assertThat(MerkleTree.verifyInclusion(index, size, leaf(index + 1), proof, root)).isFalse();
                if (size > 1) {
                    assertThat(MerkleTree.verifyInclusion((index + 1) % size, size, leaf, proof, root)).isFalse();
                    assertThat(MerkleTree.verifyInclusion(index, size, leaf, proof.subList(1, proof.size()), root))
                            .isFalse();
                }
            }
        }
        assertThat(MerkleTree.verifyInclusion(3, 3, leaf(3), List.of(), tree.root(3))).isFalse();
    }

    @Test
    void everyConsistencyProofVerifiesAndATamperedOneDoesNot() {
        MerkleTree tree = tree(33);
        for (int second = 1; second <= 33; second++) {
            for (int first = 1; first <= second; first++) {
                List<byte[]> proof = tree.consistencyProof(first, second);
                assertThat(MerkleTree.verifyConsistency(first, second, tree.root(first), tree.root(second), proof))
                        .as("%d -> %d", first, second).isTrue();
                if (first < second) {
                    assertThat(MerkleTree.verifyConsistency(first, second, tree.root(first - 1 == 0 ? 1 : first - 1),
                            tree.root(second), proof)).as("a wrong first root").isEqualTo(first == 1);
                    List<byte[]> tampered = new ArrayList<>(proof);
                    if (!tampered.isEmpty()) {
                        tampered.set(0, leaf(99));
                        assertThat(MerkleTree.verifyConsistency(first, second, tree.root(first), tree.root(second),
                                tampered)).isFalse();
                    }
                }
            }
        }
        assertThat(MerkleTree.verifyConsistency(0, 5, tree.root(0), tree.root(5), List.of())).isFalse();
    }

    @Test
    void aChangedLeafChangesTheRootAndBreaksTheConsistencyProof() {
        MerkleTree original = tree(20);
        List<byte[]> leaves = new ArrayList<>(IntStream.range(0, 20).mapToObj(MerkleTreeTest::leaf).toList());
        leaves.set(7, leaf(70));
        MerkleTree rewritten = new MerkleTree(leaves);

        assertThat(rewritten.root()).isNotEqualTo(original.root());
        assertThat(MerkleTree.verifyConsistency(10, 20, original.root(10), rewritten.root(20),
                rewritten.consistencyProof(10, 20))).isFalse();
        assertThatThrownBy(() -> original.inclusionProof(20, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> original.root(21)).isInstanceOf(IllegalArgumentException.class);
    }

    private static MerkleTree tree(int size) {
        return new MerkleTree(IntStream.range(0, size).mapToObj(MerkleTreeTest::leaf).toList());
    }

    private static byte[] leaf(int i) {
        return MerkleTree.leafHash(new byte[] { (byte) i, (byte) (i * 7) });
    }
}
