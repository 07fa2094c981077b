-- Open workloads are counted from the cases through the (handler_id|team_id, in_progress, deadline) indexes:
-- the counter rows made every intake of a team wait for the others' commits (see docs/benchmarks.md).
DROP TABLE cases_workload;
