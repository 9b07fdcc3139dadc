-- An idempotency record keeps only what a repeat needs: the status, the Location and the id of the resource the
-- first request made or changed; a repeat reads the resource's current view. The response bodies kept so far (full
-- views, personal data) go; they are purged a day after they were made (created_at, hence the index).
alter table idempotency_record drop column body;
alter table idempotency_record drop column content_type;
alter table idempotency_record add column resource_id varchar(255);
create index idempotency_record_created_at on idempotency_record (created_at);
