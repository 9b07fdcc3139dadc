package org.safeguarding.post.staff;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.queryhandling.QueryHandler;
import org.safeguarding.kernel.api.post.FindPostingReadiness;
import org.safeguarding.kernel.api.post.PostingReadiness;
import org.safeguarding.kernel.projection.ViewProjection;
import org.springframework.stereotype.Component;

/**
 * Keeps the staff records in step with the event store, and tells the register of
 * accounts whether someone is ready to post.
 */
@Component
@ProcessingGroup(StaffRecordProjection.NAME)
class StaffRecordProjection extends ViewProjection<StaffRecordView> {

    static final String NAME = "staff-records";

    private final StaffRecordRepository records;

    StaffRecordProjection(StaffRecordRepository records) {
        super(NAME, StaffMember.class, records, StaffRecordView::new, StaffRecordView::apply);
        this.records = records;
    }

    @QueryHandler
    PostingReadiness handle(FindPostingReadiness query) {
        return records.find(query.username()).orElseGet(() -> StaffRecordView.empty(query.username())).readiness();
    }

}
