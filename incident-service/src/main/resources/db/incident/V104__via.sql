-- The service through which a person acted (a call another service made on their behalf), beside the person.
alter table timeline_entry add column actor_via varchar(100);
alter table access_log add column via varchar(100);
