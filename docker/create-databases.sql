-- Each service gets its own database, owned by a migration user, and a service user with least privilege:
-- the service's migrations (run as the owner) grant it read and write on the working tables but only INSERT and
-- SELECT on the record (events, chain, checkpoints, access log), and no DELETE on the data subjects' keys (erasing
-- one is an UPDATE). Change every password before real use.
CREATE ROLE incidents_owner LOGIN PASSWORD 'change-me-incidents-owner';
CREATE ROLE incidents_service LOGIN PASSWORD 'change-me-incidents-service';
CREATE DATABASE incidents OWNER incidents_owner;

CREATE ROLE posts_owner LOGIN PASSWORD 'change-me-posts-owner';
CREATE ROLE posts_service LOGIN PASSWORD 'change-me-posts-service';
CREATE DATABASE posts OWNER posts_owner;
