package org.caseloop.platform.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditChainTest {

    private static AuditChain.Content content(long id, long seq, String action, String changes) {
        return new AuditChain.Content(id, seq, Instant.parse("2026-11-25T08:00:00.123456Z").plusSeconds(seq), "handler",
                "10.0.0.1", "Case", "威检刑诉受〔2026〕" + id + "号", action, "SUCCESS", changes);
    }

    /** A correctly sealed chain of n records. */
    private static List<AuditChain.Link> chain(int n) {
        List<AuditChain.Link> links = new ArrayList<>();
        String prev = AuditChain.GENESIS_HASH;
        for (int i = 1; i <= n; i++) {
            AuditChain.Content c = content(100 + i, i, "CASE_REGISTERED", "{\"stage\":{\"before\":null,\"after\":\"RECEIVED\"}}");
            String hash = AuditChain.hash(prev, c);
            links.add(new AuditChain.Link(c, prev, hash));
            prev = hash;
        }
        return links;
    }

    @Test
    void intactChainVerifies() {
        assertEquals(Optional.empty(), AuditChain.verify(0, AuditChain.GENESIS_HASH, chain(50).iterator()));
    }

    @Test
    void hashCoversEveryFieldAndThePredecessor() {
        AuditChain.Content c = content(1, 1, "LOGIN", null);
        String h = AuditChain.hash(AuditChain.GENESIS_HASH, c);
        assertEquals(64, h.length());
        assertNotEquals(h, AuditChain.hash("1".repeat(64), c));
        assertNotEquals(h, AuditChain.hash(AuditChain.GENESIS_HASH, content(1, 1, "LOGOUT", null)));
        assertNotEquals(h, AuditChain.hash(AuditChain.GENESIS_HASH, content(1, 1, "LOGIN", "")));
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        AuditChain.Content a = new AuditChain.Content(1, 1, null, "ab", "c", "T", "1", "X", "SUCCESS", null);
        AuditChain.Content b = new AuditChain.Content(1, 1, null, "a", "bc", "T", "1", "X", "SUCCESS", null);
        assertNotEquals(AuditChain.hash(AuditChain.GENESIS_HASH, a), AuditChain.hash(AuditChain.GENESIS_HASH, b));
    }

    @Test
    void alteredContentIsNamedAtThatRecord() {
        List<AuditChain.Link> links = chain(10);
        AuditChain.Link original = links.get(6);
        AuditChain.Content forged = content(original.content().id(), original.content().seq(), "CASE_REGISTERED",
                "{\"stage\":{\"before\":null,\"after\":\"CLOSED\"}}");
        links.set(6, new AuditChain.Link(forged, original.prevHash(), original.hash()));
        Optional<AuditChain.Break> broken = AuditChain.verify(0, AuditChain.GENESIS_HASH, links.iterator());
        assertTrue(broken.isPresent());
        assertEquals(107, broken.get().recordId());
        assertEquals(7, broken.get().seq());
    }

    @Test
    void aRecordResealedWithANewHashBreaksTheNextLink() {
        List<AuditChain.Link> links = chain(10);
        AuditChain.Link original = links.get(3);
        AuditChain.Content forged = content(original.content().id(), 4, "CASE_DELETED", null);
        links.set(3, new AuditChain.Link(forged, original.prevHash(), AuditChain.hash(original.prevHash(), forged)));
        Optional<AuditChain.Break> broken = AuditChain.verify(0, AuditChain.GENESIS_HASH, links.iterator());
        assertEquals(5, broken.orElseThrow().seq());
    }

    @Test
    void aRemovedRecordIsFoundByTheGapInSequence() {
        List<AuditChain.Link> links = chain(10);
        links.remove(4);
        Optional<AuditChain.Break> broken = AuditChain.verify(0, AuditChain.GENESIS_HASH, links.iterator());
        assertEquals(106, broken.orElseThrow().recordId());
        assertTrue(broken.get().reason().contains("missing"));
    }

    @Test
    void verificationContinuesFromAPreviouslyVerifiedLink() {
        List<AuditChain.Link> links = chain(20);
        AuditChain.Link tenth = links.get(9);
        assertEquals(Optional.empty(), AuditChain.verify(10, tenth.hash(), links.subList(10, 20).iterator()));
    }
}
