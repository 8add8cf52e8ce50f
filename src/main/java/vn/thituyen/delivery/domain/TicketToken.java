package vn.thituyen.delivery.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed token in the QR code of an admission ticket (giấy báo dự thi):
 * {@code TT1.<applicationId>.<campaignId>.<HMAC-SHA256, base64url>}. Only the holder of the ticket key makes one;
 * the signature binds both ids, so a token cannot be altered to name another candidate or another campaign, and a
 * token made with another key (another installation, a guessed key) does not verify.
 */
public final class TicketToken {

    static final String PREFIX = "TT1";
    private static final Pattern SHAPE = Pattern.compile("TT1\\.(\\d{1,18})\\.(\\d{1,18})\\.([A-Za-z0-9_-]{43})");

    private final byte[] key;

    /** @param key the ticket key (at least 32 bytes), from configuration, never from the database */
    public TicketToken(byte[] key) {
        if (key == null || key.length < 32) {
            throw new IllegalArgumentException("the ticket key must be at least 32 bytes");
        }
        this.key = key.clone();
    }

    /** The application and campaign a verified token names. */
    public record Holder(long applicationId, long campaignId) {
    }

    public String sign(long applicationId, long campaignId) {
        String body = PREFIX + "." + applicationId + "." + campaignId;
        return body + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(body));
    }

    /** The holder the token names when its signature is this key's; empty for anything else (never an exception). */
    public Optional<Holder> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        var m = SHAPE.matcher(token.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        long applicationId;
        long campaignId;
        try {
            applicationId = Long.parseLong(m.group(1));
            campaignId = Long.parseLong(m.group(2));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        // compared as text, in constant time: one token per holder ("007" is not "7", nor a variant of the
        // base64 whose unused bits differ)
        String expected = sign(applicationId, campaignId);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                token.trim().getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(new Holder(applicationId, campaignId));
    }

    /** Whether the text has the shape of a token (a scanner typed it) rather than a candidate number. */
    public static boolean looksLikeToken(String text) {
        return text != null && text.trim().startsWith(PREFIX + ".");
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update("thituyen-admission-ticket|".getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
