-- The audit page lists the trail newest first and filters it by days; the existing indexes serve
-- its filters by person and by indicator.
create index audit_event_occurred on audit_event (occurred_at desc, id desc);
