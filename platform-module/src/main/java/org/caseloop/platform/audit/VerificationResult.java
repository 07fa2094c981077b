package org.caseloop.platform.audit;

import java.time.Instant;

/**
 * The outcome of walking the audit chain.
 *
 * @param intact           true when every sealed record matches its hash and its predecessor
 * @param checked          number of sealed records verified
 * @param firstBrokenId    id of the first record that breaks the chain, or null
 * @param firstBrokenSeq   its place in the chain, or null
 * @param reason           why it is broken, or null
 * @param unsealed         records written but not yet sealed (normally those of the last seconds)
 */
public record VerificationResult(boolean intact, long checked, Long firstBrokenId, Long firstBrokenSeq, String reason,
                                 long unsealed, Instant verifiedAt) {
}
