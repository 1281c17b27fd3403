package vn.hanoi.gateway.routes.documentaxis;

import java.util.List;

/** One answer of {@code GET /edxml/v1/inbox}: the items, the last item's cursor (or the one asked after), more or not. */
record InboxPage(List<InboxItem> items, String nextCursor, boolean hasMore) {

    InboxPage {
        items = List.copyOf(items);
    }
}
