-- The priority actions and the people's names and roles are shown on pages and in reports that
-- nodes keep once drawn (the draft Monthly Performance Report, the indicator page), so a change to
-- them moves the change counter of V14 too. A person's row changes at every sign-in (failed logins,
-- lock), which shows nowhere: only a change to what is shown or to whether they may sign in moves
-- the counter.

-- Makes the committed changes to a table move the counter, as V14 to V16 wrote out for theirs;
-- with update_of, only an update of those columns.
create function move_data_version_on(t text, update_of text default null) returns void
    language plpgsql
as $$
begin
    execute format('create constraint trigger %I after insert or %s or delete on %I'
                   ' deferrable initially deferred for each row'
                   ' execute function bump_data_version()',
                   t || '_moves_data_version',
                   coalesce('update of ' || update_of, 'update'), t);
    execute format('create trigger %I after truncate on %I'
                   ' for each statement execute function bump_data_version()',
                   t || '_truncate_moves_data_version', t);
end
$$;

select move_data_version_on(t)
from unnest(array['action', 'action_indicator', 'action_lead', 'action_milestone',
                  'action_priority', 'action_progress', 'user_role']) t;

select move_data_version_on('user_account', 'username, display_name, email, enabled');
