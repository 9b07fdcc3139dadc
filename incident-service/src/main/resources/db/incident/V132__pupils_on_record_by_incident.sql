-- Each pupil on record now names the incident that named them, so that disposing of an incident removes its pupils'
-- names from this list too (a pupil named in another incident stays, under that one). Rebuilt at the next start.
alter table pupil_on_record add column incident_id varchar(64);
create index pupil_on_record_incident on pupil_on_record (incident_id);
insert into projection_rebuild_due (name)
select 'pupils-on-record' where not exists (select 1 from projection_rebuild_due where name = 'pupils-on-record');
