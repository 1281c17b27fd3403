package vn.hanoi.gateway.audit;

import java.security.PublicKey;
import java.util.Collection;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Walks a chain of records in order and finds the first that does not hold: out of place (a record was removed
 * or inserted), not linked to its predecessor, not matching its own hash (altered), or not matching a signed
 * checkpoint of its position (the chain was rewritten and every later hash recomputed). A checkpoint whose
 * signature is not the key's breaks the trail at its position; a checkpoint past the last record means records
 * were removed from the end. The same walk serves {@code GET /api/v1/audit/verify} and the offline verifier.
 */
final class ChainWalk {

    /** What the walk found; {@code firstBrokenAt} and {@code reason} are null when the trail holds. */
    record Verdict(boolean valid, long records, int checkpoints, Long lastCheckpointAt, Long firstBrokenAt, String reason) {
    }

    private final NavigableMap<Long, AuditCheckpoint> checkpoints = new TreeMap<>();
    private long records;
    private String lastHash = ChainHash.GENESIS;
    private Long firstBroken;
    private String reason;

    /** A walk checking the records against these checkpoints, each of which must be signed by {@code key}. */
    ChainWalk(Collection<AuditCheckpoint> signed, PublicKey key) {
        for (AuditCheckpoint checkpoint : signed) {
            if (!checkpoint.isSignedBy(key)) {
                broken(checkpoint.seq(), "the checkpoint at this position is not signed by the key " + CheckpointKeys.keyId(key));
            } else if (!checkpoint.hash().equals(checkpoints.getOrDefault(checkpoint.seq(), checkpoint).hash())) {
                broken(checkpoint.seq(), "two signed checkpoints disagree on this record");
            } else {
                checkpoints.put(checkpoint.seq(), checkpoint);
            }
        }
    }

    void visit(AuditRecord record) {
        long expected = records + 1;
        if (record.seq() != expected) {
            broken(Math.min(record.seq(), expected), "out of place: a record was removed or inserted");
        } else if (!record.previousHash().equals(lastHash)) {
            broken(record.seq(), "does not link to the previous record's hash");
        } else if (!ChainHash.of(record.seq(), record.entry(), record.previousHash()).equals(record.hash())) {
            broken(record.seq(), "does not match its own hash: it was altered");
        } else if (checkpoints.containsKey(record.seq()) && !checkpoints.get(record.seq()).hash().equals(record.hash())) {
            Long before = checkpoints.lowerKey(record.seq());
            broken(record.seq(), "does not match the signed checkpoint of its position: the chain was rewritten after "
                    + (before == null ? "its start" : "record " + before));
        }
        records++;
        lastHash = record.hash();
    }

    /** The verdict once every record was visited; {@code head}, when known, is where the chain must end. */
    Verdict verdict(AuditLog.Head head) {
        if (head != null && (records != head.seq() || !lastHash.equals(head.hash()))) {
            broken(records + 1, "the chain ends before its head");
        }
        if (!checkpoints.isEmpty() && checkpoints.lastKey() > records) {
            broken(records + 1, "the trail ends before the signed checkpoint at " + checkpoints.lastKey() + ": records were removed");
        }
        Long lastCheckpoint = checkpoints.isEmpty() ? null : checkpoints.lastKey();
        return new Verdict(firstBroken == null, records, checkpoints.size(), lastCheckpoint, firstBroken, reason);
    }

    private void broken(long seq, String why) {
        if (firstBroken == null || seq < firstBroken) {
            firstBroken = seq;
            reason = why;
        }
    }
}
