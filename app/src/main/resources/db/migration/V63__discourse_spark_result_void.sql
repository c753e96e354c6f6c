-- A Spark result can be voided with a reason (kept, never deleted); a voided result's name may be
-- used again in its project, as for corpora.
alter table discourse_spark_result add column voided_at timestamp;
alter table discourse_spark_result add column void_reason varchar(500);
alter table discourse_spark_result add column live_key smallint default 1;
alter table discourse_spark_result add constraint discourse_spark_result_live_key
  check ((voided_at is null and live_key = 1) or (voided_at is not null and live_key is null));
drop index discourse_spark_result_once;
create unique index discourse_spark_result_once on discourse_spark_result (project_id, name_key, live_key);
