package vn.hanoi.gateway.dossiers;

import vn.hanoi.gateway.mappings.npsp.Applicant;

/**
 * Where a dossier's digitised documents are kept (the warehouse implements it, so that the warehouse, which uses
 * this package's {@link Timestamps}, is not a dependency of it: no package cycle).
 */
public interface DigitisedDocuments {

    /** Whether the document is held as the applicant's (another owner's document is not theirs). */
    boolean holds(Applicant applicant, String documentId);
}
