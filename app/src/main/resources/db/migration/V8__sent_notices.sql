-- Reminders before a figure is due and chases after it. Each is sent at most once per indicator,
-- period, kind and person: a node claims a notice by adding its row before it sends the mail, so
-- the unique key stops a second node, or the same node after a restart, from sending it again.
create table sent_notice (
    id            bigint generated always as identity primary key,
    indicator_id  bigint not null references indicator (id),
    period_start  date not null,
    frequency     text not null check (frequency in ('MONTHLY', 'QUARTERLY', 'ANNUAL')),
    kind          text not null check (kind in ('REMINDER', 'CHASE')),
    user_id       bigint not null references user_account (id),
    email         text not null,
    due_on        date not null,
    claimed_at    timestamptz not null,
    -- null while the mail is being sent; a row left null was claimed by a node that stopped
    -- before the mail server took the mail, and is not sent again
    sent_at       timestamptz,
    unique (indicator_id, period_start, kind, user_id)
);
create index sent_notice_period on sent_notice (indicator_id, period_start);
