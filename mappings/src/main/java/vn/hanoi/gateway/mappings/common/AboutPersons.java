package vn.hanoi.gateway.mappings.common;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;

/**
 * A canonical record that holds personal data says whom it is about, so that every access to it can
 * be audited against those persons whatever identifier it was looked up by (an insurance code, a parcel).
 */
public interface AboutPersons {

    /** The personal ids of the persons the record is about; never null. */
    @JsonIgnore
    List<String> personsConcerned();

    /** The land parcel the record is about, when it is one: a dossier about that parcel may read it. */
    @JsonIgnore
    default Optional<ParcelAt> parcelConcerned() {
        return Optional.empty();
    }
}
