-- Spring Session JDBC: sessions live in the database, so any node behind a load balancer can
-- serve any user. The shape is Spring Session's own (schema-postgresql.sql of spring-session-jdbc).
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- People who sign in. Residents and anyone else read published material without an account.
create table user_account (
    id                bigint generated always as identity primary key,
    username          text not null unique check (username ~ '^[a-z0-9._@-]{2,100}$'),
    display_name      text not null check (length(display_name) between 1 and 200),
    email             text check (email is null or email ~ '^[^@\s]+@[^@\s]+$'),
    password_hash     text not null,
    enabled           boolean not null default true,
    failed_logins     int not null default 0,
    locked_until      timestamptz,
    created_at        timestamptz not null,
    version           int not null default 0
);

create table user_role (
    user_id  bigint not null references user_account (id) on delete cascade,
    role     text not null check (role in ('ADMINISTRATOR', 'PERFORMANCE_TEAM', 'DATA_OWNER', 'COUNCILLOR')),
    primary key (user_id, role)
);

-- Every change to a figure, target, definition, setting or role: who, when, what it was, what
-- it became and why. Rows are only ever added.
create table audit_event (
    id            bigint generated always as identity primary key,
    occurred_at   timestamptz not null,
    actor         text not null,
    action        text not null,
    subject_type  text not null,
    subject_id    text not null,
    old_value     jsonb,
    new_value     jsonb,
    reason        text
);
create index audit_event_subject on audit_event (subject_type, subject_id, occurred_at);
create index audit_event_actor on audit_event (actor, occurred_at);

create rule audit_event_no_update as on update to audit_event do instead nothing;
create rule audit_event_no_delete as on delete to audit_event do instead nothing;
