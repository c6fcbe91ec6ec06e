-- A change counter for the register and the organisation, so that every node can cache what it
-- derives from them (an indicator's assessment for a month, its history, the organisation's names)
-- and still never serve it after a change committed on any node: a node compares the counter with
-- the one its cached copy was made at, on each use (docs/operating.md, "Running more than one
-- node").
--
-- The counter moves in the transaction that changes the data, when it commits (deferred triggers),
-- so nobody sees the new value before the data, and a writer holds the counter's row only while it
-- commits. Its values come from a sequence, so a value is never given twice, even when a
-- transaction rolls back.
create sequence data_version_sequence;

create table data_version (
    only_row boolean primary key default true check (only_row),
    version  bigint not null
);
insert into data_version (version) values (nextval('data_version_sequence'));

-- Once a transaction: the first of its deferred triggers moves the counter, the others find the
-- transaction's flag set.
create function bump_data_version() returns trigger
    language plpgsql
    set search_path from current
as $$
begin
    if coalesce(current_setting('barometer.data_version_moved', true), '') <> 'yes' then
        perform set_config('barometer.data_version_moved', 'yes', true);
        update data_version set version = nextval('data_version_sequence');
    end if;
    return null;
end
$$;

do $$
declare
    t text;
begin
    foreach t in array array['organisation', 'department', 'service', 'committee', 'aim',
                             'priority', 'organisation_setting', 'indicator', 'indicator_version',
                             'target_version', 'measurement', 'status_override']
    loop
        execute format('create constraint trigger %I after insert or update or delete on %I'
                       ' deferrable initially deferred for each row'
                       ' execute function bump_data_version()', t || '_moves_data_version', t);
        execute format('create trigger %I after truncate on %I'
                       ' for each statement execute function bump_data_version()',
                       t || '_truncate_moves_data_version', t);
    end loop;
end
$$;
