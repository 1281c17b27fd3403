package vn.hanoi.gateway.mappings.common;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * A canonical record that holds personal data says whom it is about, so that every access to it can
 * be audited against those persons whatever identifier it was looked up by (an insurance code, a parcel).
 */
public interface AboutPersons {

    /** The personal ids of the persons the record is about; never null. */
    @JsonIgnore
    List<String> personsConcerned();
}
