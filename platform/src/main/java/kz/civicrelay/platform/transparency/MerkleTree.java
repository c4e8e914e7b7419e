package kz.civicrelay.platform.transparency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A Merkle tree over leaf hashes, as RFC 9162 section 2.1 defines it: a leaf's hash is SHA-256(0x00 ‖ leaf), a node's
 * SHA-256(0x01 ‖ left ‖ right), a tree of n leaves splits at the largest power of two below n, and the empty tree's
 * hash is SHA-256 of nothing. Gives the tree head, inclusion proofs (PATH) and consistency proofs (PROOF) for any
 * prefix, and verifies both as section 2.1.3.2 and 2.1.4.2 say, so standard transparency-log tooling agrees.
 */
public final class MerkleTree {

    private final List<byte[]> leafHashes;

    /** A tree over the given leaf hashes (each {@link #leafHash} of a leaf), in order. */
    public MerkleTree(List<byte[]> leafHashes) {
        this.leafHashes = List.copyOf(leafHashes);
    }

    public int size() {
        return leafHashes.size();
    }

    /** The hash of the tree of the first {@code size} leaves (MTH). */
    public byte[] root(int size) {
        checkSize(size);
        return size == 0 ? sha256(new byte[0]) : hash(0, size);
    }

    public byte[] root() {
        return root(size());
    }

    /** The inclusion proof of leaf {@code index} in the tree of the first {@code size} leaves (PATH). */
    public List<byte[]> inclusionProof(int index, int size) {
        checkSize(size);
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("Leaf " + index + " is not in a tree of " + size);
        }
        List<byte[]> proof = new ArrayList<>();
        path(index, 0, size, proof);
        return proof;
    }

    /** The proof that the tree of the first {@code second} leaves extends that of the first {@code first} (PROOF). */
    public List<byte[]> consistencyProof(int first, int second) {
        checkSize(second);
        if (first <= 0 || first > second) {
            throw new IllegalArgumentException("A consistency proof needs 0 < first <= second, not " + first + ", "
                    + second);
        }
        List<byte[]> proof = new ArrayList<>();
        subproof(first, 0, second, true, proof);
        return proof;
    }

    public static byte[] leafHash(byte[] leaf) {
        MessageDigest sha = sha();
        sha.update((byte) 0x00);
        return sha.digest(leaf);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha = sha();
        sha.update((byte) 0x01);
        sha.update(left);
        return sha.digest(right);
    }

    /** Whether {@code proof} shows the leaf of {@code leafHash} at {@code index} in a tree of {@code size} and {@code root}. */
    public static boolean verifyInclusion(int index, int size, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1L;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** Whether {@code proof} shows the tree ({@code second}, {@code secondRoot}) extends ({@code first}, {@code firstRoot}). */
    public static boolean verifyConsistency(int first, int second, byte[] firstRoot, byte[] secondRoot,
            List<byte[]> proof) {
        if (first <= 0 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Integer.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        if (path.isEmpty()) {
            return false;
        }
        long fn = first - 1L;
        long sn = second - 1L;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
    }

    // MTH(D[from:to]), to - from >= 1
    private byte[] hash(int from, int to) {
        if (to - from == 1) {
            return leafHashes.get(from);
        }
        int k = split(to - from);
        return nodeHash(hash(from, from + k), hash(from + k, to));
    }

    // PATH(m, D[from:to])
    private void path(int m, int from, int to, List<byte[]> proof) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = split(n);
        if (m < k) {
            path(m, from, from + k, proof);
            proof.add(hash(from + k, to));
        } else {
            path(m - k, from + k, to, proof);
            proof.add(hash(from, from + k));
        }
    }

    // SUBPROOF(m, D[from:to], b)
    private void subproof(int m, int from, int to, boolean whole, List<byte[]> proof) {
        int n = to - from;
        if (m == n) {
            if (!whole) {
                proof.add(hash(from, to));
            }
            return;
        }
        int k = split(n);
        if (m <= k) {
            subproof(m, from, from + k, whole, proof);
            proof.add(hash(from + k, to));
        } else {
            subproof(m - k, from + k, to, false, proof);
            proof.add(hash(from, from + k));
        }
    }

    /** The largest power of two smaller than {@code n} (n >= 2). */
    static int split(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private void checkSize(int size) {
        if (size < 0 || size > leafHashes.size()) {
            throw new IllegalArgumentException("A tree of " + size + " leaves; " + leafHashes.size() + " are known");
        }
    }

    private static byte[] sha256(byte[] bytes) {
        return sha().digest(bytes);
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
