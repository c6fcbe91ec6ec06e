-- A target version, once recorded, is never changed or removed: a changed target is a new
-- version beside it (domain.md section 4), so that a report for a past month can always find the
-- target that was in force then. The database holds to this even against a mistaken query.
create rule target_version_no_update as on update to target_version do instead nothing;
create rule target_version_no_delete as on delete to target_version do instead nothing;
