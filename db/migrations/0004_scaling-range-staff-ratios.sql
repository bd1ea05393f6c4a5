CREATE TABLE "staff_ratios" (
	"id" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"min_inhabitants" integer NOT NULL,
	"max_inhabitants" integer,
	"fte_per1000" double precision NOT NULL,
	"year" integer NOT NULL,
	"source" text NOT NULL,
	"source_url" text,
	"estimate" boolean DEFAULT false NOT NULL,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "catalog_lines" ADD COLUMN "contract_end_fixed" boolean;--> statement-breakpoint
ALTER TABLE "catalog_lines" ADD COLUMN "extrapolate" boolean;--> statement-breakpoint
ALTER TABLE "assumption_defaults" ADD COLUMN "scaling_range" jsonb;--> statement-breakpoint
-- One-time backfill for databases seeded before ADR 0010: the shipped validity range of the rescaling
-- (db/seed/data/reference-data.json, assumptionDefaults.scalingRange). Later edits are the administrator's.
UPDATE "assumption_defaults" SET "scaling_range" = '{"minRatio":0.2,"maxRatio":2.5}'::jsonb WHERE "scaling_range" IS NULL;
