-- Corporate priority actions (domain.md section 10): each with its lead directorates, its own due
-- date or its milestones, the indicators it relates to, and its owner's monthly progress. Dates
-- keep the text they were printed as beside them, and a corrected one says why.

create table action (
    id                  bigint generated always as identity primary key,
    code                text not null unique check (length(code) between 1 and 40),
    title               text not null check (length(title) between 1 and 500),
    text_as_printed     text not null,
    aim_id              bigint references aim (id),
    lead_officer        text not null default '',
    owner_user_id       bigint references user_account (id),
    committee_id        bigint references committee (id),
    own_due             date,
    own_due_as_printed  text not null default '',
    revised_due         date,
    revised_due_reason  text not null default '',
    note                text not null default '',
    retired_at          timestamptz,
    retired_reason      text,
    -- A revised date revises the action's own date, and always says why.
    check (revised_due is null or own_due is not null),
    check ((revised_due is null) = (revised_due_reason = ''))
);

-- One or more lead directorates; a joint action has several, in printed order.
create table action_lead (
    action_id      bigint not null references action (id),
    position       int not null check (position >= 1),
    department_id  bigint not null references department (id),
    service_id     bigint references service (id),
    printed_label  text not null default '',
    primary key (action_id, position)
);

create table action_milestone (
    id                     bigint generated always as identity primary key,
    action_id              bigint not null references action (id),
    position               int not null check (position >= 1),
    title                  text not null check (length(title) between 1 and 1000),
    original_due           date not null,
    original_due_as_printed text not null default '',
    correction_note        text not null default '',
    revised_due            date,
    revised_reason         text not null default '',
    completed_on           date,
    note                   text not null default '',
    unique (action_id, position),
    check ((revised_due is null) = (revised_reason = ''))
);

create table action_indicator (
    action_id     bigint not null references action (id),
    indicator_id  bigint not null references indicator (id),
    primary key (action_id, indicator_id)
);

-- The owner's progress for a month; only approved progress feeds the action's status. Changes
-- are kept in the audit trail.
create table action_progress (
    id                bigint generated always as identity primary key,
    action_id         bigint not null references action (id),
    month             date not null check (extract(day from month) = 1),
    status            text not null check (status in ('NOT_STARTED', 'ON_TRACK', 'SOME_SLIPPAGE',
                          'SIGNIFICANTLY_OFF_TRACK', 'COMPLETED', 'CANCELLED', 'DEFERRED')),
    percent_complete  int check (percent_complete between 0 and 100),
    commentary        text not null default '',
    reason            text not null default '',
    completed_on      date,
    state             text not null check (state in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')),
    entered_by        text not null,
    entered_at        timestamptz not null,
    submitted_at      timestamptz,
    decided_by        text,
    decided_at        timestamptz,
    returned_reason   text not null default '',
    version           int not null default 0,
    unique (action_id, month),
    check ((status = 'COMPLETED') = (completed_on is not null)),
    check (status not in ('CANCELLED', 'DEFERRED') or reason <> '')
);
create index action_progress_state on action_progress (state);
