-- What need to know is decided on, kept beside each stored view so that lists are filtered without reading the
-- case files: who manages the incident, whether it is about an adult's conduct, and the directory users it names.
-- Filled for existing views by the Java migration 106 (NeedToKnowColumnsMigration).
alter table incident_view add column assigned_role varchar(32);
alter table incident_view add column about_adults_conduct boolean;
alter table incident_view add column named_adults varchar(2000);
