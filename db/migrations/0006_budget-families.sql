ALTER TABLE "budgets" ADD COLUMN "family_id" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "budgets" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "budgets_organisation_id_family_id_index" ON "budgets" USING btree ("organisation_id","family_id");--> statement-breakpoint
-- Existing budgets: one family per connected group of base links (scenario → base) and version
-- links (new version → adopted budget); the family takes the id of its oldest member's default.
WITH RECURSIVE "edge"("a", "b") AS (
  SELECT "id", "base_budget_id" FROM "budgets" WHERE "base_budget_id" IS NOT NULL
  UNION SELECT "budget_id", "version_of_budget_id" FROM "budget_versions" WHERE "version_of_budget_id" IS NOT NULL
), "link"("a", "b") AS (
  SELECT "a", "b" FROM "edge" UNION SELECT "b", "a" FROM "edge"
), "reach"("id", "other") AS (
  SELECT "id", "id" FROM "budgets"
  UNION
  SELECT "reach"."id", "link"."b" FROM "reach" JOIN "link" ON "link"."a" = "reach"."other"
), "family" AS (
  SELECT "reach"."id", (array_agg("m"."family_id" ORDER BY "m"."created_at", "m"."id"))[1] AS "family_id"
  FROM "reach" JOIN "budgets" "m" ON "m"."id" = "reach"."other"
  GROUP BY "reach"."id"
)
UPDATE "budgets" SET "family_id" = "family"."family_id" FROM "family" WHERE "budgets"."id" = "family"."id" AND "budgets"."family_id" <> "family"."family_id";
