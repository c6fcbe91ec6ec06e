-- How the performance team asks for an indicator's XmR chart to be drawn (spc.md): where its
-- limits are recalculated and how many points its baseline takes, each with its reason. A change
-- is a new version beside the old ones, never an update, so the chart's history stays readable.
create table chart_definition (
    indicator_id    bigint not null references indicator (id),
    version         int not null check (version >= 1),
    baseline_points int check (baseline_points >= 2),
    baseline_reason text check (length(baseline_reason) between 1 and 1000),
    changed_by      text not null,
    changed_at      timestamptz not null,
    reason          text not null check (length(reason) between 1 and 1000),
    primary key (indicator_id, version),
    check ((baseline_points is null) = (baseline_reason is null))
);

-- The periods a version's limits are recalculated from: the first month of each new period.
create table chart_recalculation (
    indicator_id bigint not null,
    version      int not null,
    starts       date not null check (extract(day from starts) = 1),
    reason       text not null check (length(reason) between 1 and 1000),
    primary key (indicator_id, version, starts),
    foreign key (indicator_id, version) references chart_definition (indicator_id, version)
);

create rule chart_definition_no_update as on update to chart_definition do instead nothing;
create rule chart_definition_no_delete as on delete to chart_definition do instead nothing;
create rule chart_recalculation_no_update as on update to chart_recalculation do instead nothing;
create rule chart_recalculation_no_delete as on delete to chart_recalculation do instead nothing;
