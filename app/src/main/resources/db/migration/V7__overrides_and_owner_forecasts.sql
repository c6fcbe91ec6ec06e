-- A status set by the performance team for one period, with its reason. Rows are only added:
-- the latest for an indicator and period is in force; a row without a colour withdraws it.
create table status_override (
    id            bigint generated always as identity primary key,
    indicator_id  bigint not null references indicator (id),
    period_start  date not null,
    colour        text check (colour in ('GREEN', 'AMBER', 'RED')),
    reason        text not null check (length(reason) between 1 and 2000),
    set_by        text not null,
    set_at        timestamptz not null
);
create index status_override_period on status_override (indicator_id, period_start, id);

-- The owner's own forecast for the year end, entered with a figure, shown beside the computed one.
alter table measurement add column owner_forecast numeric;
