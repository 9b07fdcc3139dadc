-- Subject access requests: who each is about and the bundle gathered for it, encrypted with the key store's secrets
-- key before they are stored; the event store records only the request, its release and the person's pseudonym.
create table subject_access_file (
    request_id varchar(64)              not null primary key,
    content    bytea                    not null,
    kept_at    timestamp with time zone not null
);
