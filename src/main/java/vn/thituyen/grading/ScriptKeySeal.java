package vn.thituyen.grading;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import vn.thituyen.common.DomainException;

/**
 * Seals the code ↔ candidate key of each anonymised script (TT 6/2020/TT-BNV: the key stays sealed until marking is
 * over) with AES-256-GCM under a secret from configuration ({@code thituyen.marking.key}, e.g. the environment
 * variable {@code THITUYEN_MARKING_KEY}), never from the database: whoever reads or copies the database reads codes
 * only. The script's own codes are authenticated with it, so a sealed key moved to another script does not open.
 * The demo and test profiles fall back to a published key that protects nothing; any other start without a key is
 * refused.
 */
@Component
class ScriptKeySeal {

    private static final Logger LOG = LoggerFactory.getLogger(ScriptKeySeal.class);
    /** Public, in the source: for the demo and the tests only. */
    static final String DEMO_KEY = "demo-only-marking-key--published-in-the-source--never-use-in-production";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    ScriptKeySeal(@Value("${thituyen.marking.key:}") String secret, Environment env) {
        String s = secret;
        if (s == null || s.isBlank()) {
            if (!env.acceptsProfiles(Profiles.of("demo | test"))) {
                throw new IllegalStateException("No marking key: set THITUYEN_MARKING_KEY (or thituyen.marking.key) to "
                        + "a secret of at least 32 characters, e.g. the output of 'openssl rand -base64 32'. Keep it "
                        + "outside the database, the same on every node, and safe until every result is published: "
                        + "without it the anonymisation codes of written scripts cannot be joined to the candidates "
                        + "(docs/security.md).");
            }
            LOG.warn("Written scripts sealed with the published demo key (profile demo/test): not for production");
            s = DEMO_KEY;
        }
        byte[] bytes = s.trim().getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 32) {
            throw new IllegalStateException("The marking key (THITUYEN_MARKING_KEY) must be at least 32 characters");
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("thituyen-marking-key|".getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(sha.digest(bytes), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The candidate's application id sealed to the script's codes. */
    byte[] seal(long applicationId, String context) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(applicationId).array());
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The application id, or a refusal when the sealed key was altered, moved or sealed under another key. */
    long open(byte[] sealed, String context) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = c.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
            return ByteBuffer.wrap(plain).getLong();
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new DomainException("error.marking.keyTampered");
        }
    }
}
