package vn.thituyen.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How the audit log is sealed: every entry's hash covers its content and the hash before it. Entries written
 * since the chain became keyed carry an HMAC-SHA256 under a secret that lives outside the database (configuration
 * or environment), so whoever can write to the database can still edit a row but can no longer compute the hash
 * that hides the edit; entries from before carry the plain SHA-256 they were written with. The chain's head (last
 * hash, number of entries, where the keyed part starts) carries its own HMAC, so a deleted newest entry, which
 * leaves a perfectly linked shorter chain, no longer matches the head. Pure: no database, no clock.
 */
public final class ChainSeal {

    /** The hash an empty chain starts from. */
    public static final String GENESIS = "0".repeat(64);

    private final SecretKeySpec key;
    private final String keyId;

    public ChainSeal(byte[] secret) {
        if (secret == null || secret.length < 32) {
            throw new IllegalArgumentException("the audit key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
        this.keyId = sha256("thituyen-audit-key-id|" + HexFormat.of().formatHex(secret)).substring(0, 16);
    }

    /** A short public name of the key (never the key): which key a checkpoint was signed with. */
    public String keyId() {
        return keyId;
    }

    /** The canonical text of an entry that its hash covers. */
    public static String content(String prevHash, long occurredAtMillis, String actor, String action, String subject,
            String details) {
        return prevHash + "|" + occurredAtMillis + "|" + actor + "|" + action + "|" + subject + "|" + details;
    }

    /** The hash of an entry written before the chain was keyed. */
    public static String legacyHash(String content) {
        return sha256(content);
    }

    /** The hash of an entry of the keyed chain. */
    public String keyedHash(String content) {
        return hmac("entry|" + content);
    }

    /** The head's own seal: over the last hash, the number of entries and the first keyed entry. */
    public String headMac(String lastHash, long entryCount, long keyedFromId) {
        return hmac("head|" + lastHash + "|" + entryCount + "|" + keyedFromId);
    }

    /** A checkpoint's signature: over the number of entries, the hash of the last one, and when it was taken. */
    public String checkpointSignature(long entryCount, String headHash, String at) {
        return hmac("checkpoint|" + entryCount + "|" + headHash + "|" + at);
    }

    /** Compares two hex strings in constant time. */
    public static boolean same(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII),
                b.getBytes(StandardCharsets.US_ASCII));
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
