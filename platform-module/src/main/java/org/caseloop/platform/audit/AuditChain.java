package org.caseloop.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;

/**
 * The tamper-evidence rule of the audit trail: each sealed record carries the SHA-256 of its own
 * content and of its predecessor's hash, so changing, removing or reordering any sealed record breaks
 * the chain at that record and {@link #verify} names it.
 */
public final class AuditChain {

    /** The predecessor hash of the first record of the chain. */
    public static final String GENESIS_HASH = "0".repeat(64);

    private AuditChain() {
    }

    /** The content that the hash covers, in a fixed order. */
    public record Content(long id, long seq, Instant occurredAt, String actor, String sourceIp, String objectType,
                          String objectId, String action, String outcome, String changes) {

        String canonical() {
            // Unit separators keep "a|b" + "c" distinct from "a" + "b|c"; nulls are marked explicitly.
            StringBuilder sb = new StringBuilder(256);
            append(sb, Long.toString(id));
            append(sb, Long.toString(seq));
            append(sb, occurredAt == null ? null : occurredAt.toString());
            append(sb, actor);
            append(sb, sourceIp);
            append(sb, objectType);
            append(sb, objectId);
            append(sb, action);
            append(sb, outcome);
            append(sb, changes);
            return sb.toString();
        }

        private static void append(StringBuilder sb, String value) {
            sb.append(value == null ? "\u2400" : value).append('\u001f');
        }
    }

    /** A sealed record as stored: its content, the predecessor hash it names and its own hash. */
    public record Link(Content content, String prevHash, String hash) {
    }

    /** Where and why the chain is broken. */
    public record Break(long recordId, long seq, String reason) {
    }

    public static String hash(String prevHash, Content content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(prevHash.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(content.canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Verifies links that continue a chain whose last verified record had sequence
     * {@code previousSeq} and hash {@code previousHash}; links must come in sequence order. */
    public static Optional<Break> verify(long previousSeq, String previousHash, Iterator<Link> links) {
        long expectedSeq = previousSeq + 1;
        String expectedPrev = previousHash;
        while (links.hasNext()) {
            Link link = links.next();
            Content c = link.content();
            if (c.seq() != expectedSeq) {
                return Optional.of(new Break(c.id(), c.seq(),
                        "sequence " + c.seq() + " found where " + expectedSeq + " was expected: a record is missing"));
            }
            if (!Objects.equals(link.prevHash(), expectedPrev)) {
                return Optional.of(new Break(c.id(), c.seq(),
                        "predecessor hash does not match the previous record"));
            }
            if (!Objects.equals(link.hash(), hash(link.prevHash(), c))) {
                return Optional.of(new Break(c.id(), c.seq(), "content does not match its hash: the record was altered"));
            }
            expectedSeq++;
            expectedPrev = link.hash();
        }
        return Optional.empty();
    }
}
