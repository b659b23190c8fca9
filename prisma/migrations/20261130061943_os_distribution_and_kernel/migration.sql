-- "osVersion" held the kernel (or NT) version while "osName" held the distribution with its
-- version. Each gets its own column: the distribution, the distribution's version, the kernel.
-- Existing rows keep their meaning: the kernel moves to "kernelVersion", and "osName"
-- ("Ubuntu 16.04 LTS", "Windows Server 2012 R2") splits into distribution and version.

ALTER TABLE "MasterTargetServer" RENAME COLUMN "osName" TO "osDistribution";
ALTER TABLE "MasterTargetServer" ADD COLUMN "kernelVersion" TEXT;
UPDATE "MasterTargetServer" SET
  "kernelVersion" = "osVersion",
  "osVersion" = COALESCE(substring("osDistribution" from '([0-9][0-9.]*(?: R2)?)(?: LTS)?$'), ''),
  "osDistribution" = btrim(regexp_replace("osDistribution", '\s*[0-9][0-9.]*(?: R2)?(?: LTS)?$', ''));
ALTER TABLE "MasterTargetServer" ALTER COLUMN "kernelVersion" SET NOT NULL;

ALTER TABLE "ReplicatedItem" RENAME COLUMN "osName" TO "osDistribution";
ALTER TABLE "ReplicatedItem" ADD COLUMN "kernelVersion" TEXT;
UPDATE "ReplicatedItem" SET
  "kernelVersion" = "osVersion",
  "osVersion" = COALESCE(substring("osDistribution" from '([0-9][0-9.]*(?: R2)?)(?: LTS)?$'), ''),
  "osDistribution" = btrim(regexp_replace("osDistribution", '\s*[0-9][0-9.]*(?: R2)?(?: LTS)?$', ''));
ALTER TABLE "ReplicatedItem" ALTER COLUMN "kernelVersion" SET NOT NULL;
