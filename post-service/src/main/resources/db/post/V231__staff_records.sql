-- Each member of staff's training and policy acknowledgements (rebuilt from the event store).
create table staff_record_view (
    id       varchar(100) not null primary key,
    version  bigint       not null,
    document text         not null
);
