-- The dashboard's counts for any scope (in progress, due this week, overdue, high risk) read only the deadline
-- and the risk level of the scope's open cases. With the risk level in the scope indexes they are counted from
-- the index alone instead of visiting tens of thousands of table rows.
DROP INDEX ix_case_department_open;
CREATE INDEX ix_case_department_open ON cases_case (department_id, in_progress, deadline, risk_level);
DROP INDEX ix_case_procuratorate_open;
CREATE INDEX ix_case_procuratorate_open ON cases_case (procuratorate_id, in_progress, deadline, risk_level);
DROP INDEX ix_case_handler_open;
-- The handler's own cases outside their team are counted apart from the team's: the team is in the index too.
CREATE INDEX ix_case_handler_open ON cases_case (handler_id, in_progress, deadline, risk_level, team_id);
DROP INDEX ix_case_team_open;
CREATE INDEX ix_case_team_open ON cases_case (team_id, in_progress, deadline, risk_level);
