-- An indicator's chart definition changes what its page shows, so a change to it moves the change
-- counter of V14 too, and every node draws the indicator's charts again.
do $$
declare
    t text;
begin
    foreach t in array array['chart_definition', 'chart_recalculation']
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
