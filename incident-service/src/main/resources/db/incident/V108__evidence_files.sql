-- Evidence files (screenshots, photos, PDFs), encrypted with the key store's secrets key before they are stored; the
-- event store records only each one's name, type, size and SHA-256.
create table evidence_file (
    evidence_id  varchar(64)              not null primary key,
    incident_id  varchar(64)              not null,
    file_name    varchar(255)             not null,
    content_type varchar(100)             not null,
    size_bytes   bigint                   not null,
    sha256       varchar(64)              not null,
    content      bytea                    not null,
    added_at     timestamp with time zone not null
);
create index evidence_file_incident on evidence_file (incident_id);
