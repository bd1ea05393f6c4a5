CREATE TYPE "public"."asset_class" AS ENUM('software', 'hardware', 'infrastructure', 'other');--> statement-breakpoint
ALTER TABLE "catalog_lines" ADD COLUMN "asset_class" "asset_class";--> statement-breakpoint
ALTER TABLE "assumption_defaults" ADD COLUMN "depreciation_years_by_asset_class" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "assumption_defaults" ADD COLUMN "external_financing_pct" double precision DEFAULT 100 NOT NULL;--> statement-breakpoint
ALTER TABLE "assumption_defaults" ADD COLUMN "interest_on_own_equity" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "assumption_defaults" ADD COLUMN "write_off_at_once" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation_funding_settings" ADD COLUMN "capital_from_reserve" boolean DEFAULT false NOT NULL;