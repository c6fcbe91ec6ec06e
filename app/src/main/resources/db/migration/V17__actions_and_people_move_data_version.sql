-- The priority actions and the people's names and roles are shown on pages and in reports that
-- nodes keep once drawn (the draft Monthly Performance Report, the indicator page), so a change to
-- them moves the change counter of V14 too. A person's row changes at every sign-in (failed logins,
-- lock), which shows nowhere: only a change to what is shown or to whether they may sign in moves
-- the counter.
do $$
declare
    t text;
begin
    foreach t in array array['action', 'action_indicator', 'action_lead', 'action_milestone',
                             'action_priority', 'action_progress', 'user_role']
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

create constraint trigger user_account_moves_data_version
    after insert or update of username, display_name, email, enabled or delete on user_account
    deferrable initially deferred for each row execute function bump_data_version();
create trigger user_account_truncate_moves_data_version
    after truncate on user_account for each statement execute function bump_data_version();
