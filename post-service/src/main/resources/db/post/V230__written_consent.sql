-- The written permission behind a pupil's photo consent (001:80), and the academic year it covers.
alter table pupil_consent add column consent_given_on date;
alter table pupil_consent add column consent_given_by varchar(200);
alter table pupil_consent add column consent_relationship varchar(100);
alter table pupil_consent add column consent_form_reference varchar(100);
alter table pupil_consent add column consent_academic_year varchar(7);
