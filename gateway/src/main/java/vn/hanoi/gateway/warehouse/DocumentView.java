package vn.hanoi.gateway.warehouse;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;

/** A document's metadata as the API shows it, with {@code current}: valid today. */
record DocumentView(@JsonUnwrapped WarehouseDocument document, boolean current) {

    static DocumentView of(WarehouseDocument document, LocalDate today) {
        return new DocumentView(document, document.isCurrentOn(today));
    }
}
