-- One operation at a time per replicated item: at most one job that has not
-- finished may hold an item. Prisma's schema language cannot express a partial
-- index, so it lives here only.
CREATE UNIQUE INDEX "Job_one_active_per_item"
  ON "Job" ("replicatedItemId")
  WHERE "replicatedItemId" IS NOT NULL AND "state" IN ('NotStarted', 'InProgress');
