-- Issue 10: where to reach staff by e-mail. Remembered from the identity provider's token when a staff member opens
-- the console (Keycloak holds the addresses); encrypted like every address; what a notification addressed to them,
-- their department or their role is mailed to.
create table staff_contact (
    username        varchar(128) primary key,
    email           text         not null,
    department_code varchar(32),
    -- comma-separated roles, with a comma at each end so that ',office-head,' matches one role exactly
    roles           varchar(500) not null,
    updated_at      timestamptz  not null
);
create index staff_contact_department_idx on staff_contact (department_code);
