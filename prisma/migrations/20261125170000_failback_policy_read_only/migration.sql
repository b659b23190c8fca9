-- A failback policy is created with its forward policy, with fixed values, and is
-- never edited. These triggers hold that for every client of the database, not
-- only for the portal's data layer. Prisma's schema language cannot express
-- triggers, so they live here only.

CREATE FUNCTION "failback_policy_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW."direction" = 'Failback' AND (
      NEW."forwardPolicyId" IS NULL
      OR NEW."recoveryPointThresholdInMinutes" <> 15
      OR NEW."recoveryPointHistoryInMinutes" <> 1440
      OR NEW."appConsistentFrequencyInMinutes" <> 60
    ) THEN
      RAISE EXCEPTION 'A failback policy belongs to a forward policy and has fixed values: RPO threshold 15 minutes, recovery point retention 24 hours, app-consistent snapshot frequency 60 minutes.'
        USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;

  IF TG_OP = 'UPDATE' THEN
    IF OLD."direction" = 'Failback' OR NEW."direction" = 'Failback' THEN
      RAISE EXCEPTION 'The failback policy "%" is not editable: it is created with its forward policy and keeps fixed values.', OLD."friendlyName"
        USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;

  -- DELETE at trigger depth 1 is a statement aimed at the policy itself. Deeper
  -- ones are cascades: its vault deleted, or its forward policy (trigger below).
  IF OLD."direction" = 'Failback' AND pg_trigger_depth() <= 1 THEN
    RAISE EXCEPTION 'The failback policy "%" cannot be deleted on its own: it is removed together with its forward policy.', OLD."friendlyName"
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN OLD;
END
$$;

CREATE TRIGGER "ReplicationPolicy_failback_guard"
  BEFORE INSERT OR UPDATE OR DELETE ON "ReplicationPolicy"
  FOR EACH ROW EXECUTE FUNCTION "failback_policy_guard"();

-- Deleting a forward policy takes its failback policy with it (the foreign key
-- from the failback policy restricts deleting the forward one first). A cascade
-- from the vault already deletes both.
CREATE FUNCTION "forward_policy_delete_failback"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."direction" = 'Forward' AND pg_trigger_depth() <= 1 THEN
    DELETE FROM "ReplicationPolicy" WHERE "forwardPolicyId" = OLD."id";
  END IF;
  RETURN OLD;
END
$$;

CREATE TRIGGER "ReplicationPolicy_forward_delete"
  BEFORE DELETE ON "ReplicationPolicy"
  FOR EACH ROW EXECUTE FUNCTION "forward_policy_delete_failback"();
