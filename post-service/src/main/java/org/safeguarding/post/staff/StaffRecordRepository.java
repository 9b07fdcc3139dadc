package org.safeguarding.post.staff;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.safeguarding.kernel.projection.ViewStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The stored staff records: one JSON document per member of staff. */
@Repository
class StaffRecordRepository extends ViewStore<StaffRecordView> {

    StaffRecordRepository(JdbcTemplate jdbc, ObjectMapper objectMapper) {
        super(jdbc, objectMapper, "staff_record_view", StaffRecordView.class, StaffRecordView::username,
                StaffRecordView::version, List.of());
    }

}
