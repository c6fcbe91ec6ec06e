-- Grows the demo register for bench/report-benchmark.sh. First, history: each monthly figure is
-- repeated one, two, ... years earlier, the same calendar month, down to the month :history_from,
-- so that every indicator with figures has them from then on (the demo's history starts in April
-- 2012). Then each current indicator whose code has no dash is copied :copies more times (copies of 12 are 12-2, 12-3, ...), with every version of its
-- definition (its owner, department, committee and aim with it), every target version, every
-- measurement (figures and their states), its chart definitions and status overrides. The names
-- end in " (copy n)". Nothing touches data_version: the tables' triggers move it when this commits.
--
--   psql -v copies=5 -v history_from=2006-04-01 -f bench/grow-register.sql
--   (the demo's 34 indicators become 204, each with figures from April 2006 to November 2016)
--
-- The columns are read from the catalogue, so that a column added by a later migration is copied
-- too; identity columns (id) are left to the database.
\set ON_ERROR_STOP on
select set_config('bench.history_from', :'history_from', false) as history_from \gset
begin;

-- The earliest figure in the same calendar month of a later year stands for each missing month.
do $$
declare
    columns text;
    copied text;
begin
    select string_agg(quote_ident(column_name), ', ' order by ordinal_position),
           string_agg('x.' || quote_ident(column_name), ', ' order by ordinal_position)
    into columns, copied
    from information_schema.columns
    where table_schema = current_schema() and table_name = 'measurement'
      and column_name not in ('id', 'indicator_id', 'period_start');
    execute format(
        'insert into measurement (indicator_id, period_start, %s)'
        ' select distinct on (x.indicator_id, e.month) x.indicator_id, e.month, %s'
        ' from measurement x'
        ' join (select indicator_id, min(period_start) as first from measurement'
        '       where frequency = ''MONTHLY'' group by indicator_id) f using (indicator_id)'
        ' cross join generate_series(1, 20) as k'
        ' cross join lateral (select (x.period_start - make_interval(years => k))::date as month) e'
        ' where x.frequency = ''MONTHLY'' and e.month >= %L and e.month < f.first'
        ' order by x.indicator_id, e.month, k', columns, copied, current_setting('bench.history_from'));
end
$$;

create temporary table bench_copy on commit drop as
select i.id as old_id, n as copy, i.code || '-' || n as code, null::bigint as new_id
from indicator i
cross join generate_series(2, 1 + :copies) as n
where i.retired_at is null and i.code not like '%-%';

insert into indicator (code, current_version)
select c.code, i.current_version
from bench_copy c join indicator i on i.id = c.old_id;

update bench_copy c set new_id = i.id from indicator i where i.code = c.code;

do $$
declare
    t text;
    columns text;
    copied text;
begin
    foreach t in array array['indicator_version', 'target_version', 'measurement',
                             'chart_definition', 'chart_recalculation', 'status_override']
    loop
        select string_agg(quote_ident(column_name), ', ' order by ordinal_position),
               string_agg(case when t = 'indicator_version' and column_name = 'name'
                               then 'x.name || '' (copy '' || c.copy || '')'''
                               else 'x.' || quote_ident(column_name) end,
                          ', ' order by ordinal_position)
        into columns, copied
        from information_schema.columns
        where table_schema = current_schema() and table_name = t
          and column_name not in ('id', 'indicator_id');
        execute format('insert into %I (indicator_id, %s) select c.new_id, %s from %I x'
                       ' join bench_copy c on c.old_id = x.indicator_id', t, columns, copied, t);
    end loop;
end
$$;

commit;
