-- The organisation's structure, the indicator register with every version of every definition,
-- targets with their decision trail, and the figures collected. Nothing is updated in place
-- without a trace: definitions and targets gain versions; figures keep their changes in the
-- audit trail.

create table department (
    id         bigint generated always as identity primary key,
    name       text not null unique check (length(name) between 1 and 200),
    full_name  text not null,
    position   int not null
);

create table service (
    id             bigint generated always as identity primary key,
    department_id  bigint not null references department (id),
    name           text not null check (length(name) between 1 and 200),
    printed_labels text[] not null default '{}',
    unique (department_id, name)
);

create table committee (
    id            bigint generated always as identity primary key,
    name          text not null unique,
    printed_as    text not null default '',
    department_id bigint references department (id)
);

create table aim (
    id         bigint generated always as identity primary key,
    name       text not null unique,
    position   int not null,
    printed_as text not null default ''
);

create table priority (
    id         bigint generated always as identity primary key,
    aim_id     bigint not null references aim (id),
    position   int not null,
    text       text not null,
    note       text not null default '',
    unique (aim_id, position)
);

-- Settings for the whole organisation, such as the default tolerance.
create table organisation_setting (
    key        text primary key,
    value      text not null,
    changed_by text not null,
    changed_at timestamptz not null
);

create table indicator (
    id              bigint generated always as identity primary key,
    code            text not null unique check (length(code) between 1 and 40),
    current_version int not null default 1,
    retired_at      timestamptz,
    retired_reason  text
);

-- Every version of an indicator's definition. The current one is indicator.current_version.
create table indicator_version (
    indicator_id        bigint not null references indicator (id),
    version             int not null check (version >= 1),
    name                text not null check (length(name) between 1 and 500),
    name_as_printed     text not null default '',
    definition          text not null default '',
    unit                text not null,
    decimals            int not null check (decimals between 0 and 6),
    polarity            text not null check (polarity in ('MAXIMISE', 'MINIMISE', 'GOLDILOCKS')),
    aggregation         text not null,
    aggregation_label   text not null default '',
    entry_basis         text not null,
    frequency           text not null check (frequency in ('MONTHLY', 'QUARTERLY', 'ANNUAL')),
    components          boolean not null,
    department_id       bigint references department (id),
    service_id          bigint references service (id),
    service_label       text not null default '',
    committee_id        bigint references committee (id),
    aim_id              bigint references aim (id),
    owner_user_id       bigint references user_account (id),
    contextual          boolean not null default false,
    tolerance_kind      text check (tolerance_kind in ('RELATIVE', 'ABSOLUTE')),
    tolerance_value     numeric,
    new_to_report       boolean not null default false,
    comments            text not null default '',
    notes               text not null default '',
    changed_by          text not null,
    changed_at          timestamptz not null,
    change_reason       text not null,
    primary key (indicator_id, version),
    check ((tolerance_kind is null) = (tolerance_value is null))
);

-- Every version of every target: a changed target keeps the old one.
create table target_version (
    id              bigint generated always as identity primary key,
    indicator_id    bigint not null references indicator (id),
    financial_year  int not null,
    kind            text not null check (kind in ('SINGLE', 'PROFILE', 'INCREMENT', 'RANGE', 'TBC', 'NONE')),
    value           numeric,
    low             numeric,
    high            numeric,
    start_value     numeric,
    per_month       numeric,
    profile         text,
    note            text not null default '',
    as_printed      text not null default '',
    applies_from    date not null,
    proposed_by     text not null default '',
    agreed_by       text not null default '',
    decided_on      date,
    reference       text not null default '',
    change_reason   text not null,
    recorded_by     text not null,
    recorded_at     timestamptz not null
);
create index target_version_indicator on target_version (indicator_id, financial_year);

-- One figure per indicator per period; its changes are in the audit trail.
create table measurement (
    id                  bigint generated always as identity primary key,
    indicator_id        bigint not null references indicator (id),
    period_start        date not null,
    frequency           text not null check (frequency in ('MONTHLY', 'QUARTERLY', 'ANNUAL')),
    value               numeric,
    numerator           numeric,
    denominator         numeric,
    state               text not null check (state in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')),
    commentary          text not null default '',
    definition_version  int not null,
    synthetic           boolean not null default false,
    entered_by          text not null,
    entered_at          timestamptz not null,
    version             int not null default 0,
    unique (indicator_id, period_start),
    check ((value is null) <> (numerator is null and denominator is null)),
    check ((numerator is null) = (denominator is null))
);
create index measurement_indicator on measurement (indicator_id, period_start);
