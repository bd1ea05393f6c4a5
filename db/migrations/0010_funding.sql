CREATE TYPE "public"."funding_status" AS ENUM('expected', 'granted', 'received');--> statement-breakpoint
CREATE TABLE "fund_limits" (
	"id" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"max_cents" bigint NOT NULL,
	"valid_from" date NOT NULL,
	"source" text NOT NULL,
	"source_url" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "organisation_funding_settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"incidental_max_years" integer DEFAULT 3 NOT NULL,
	"incidental_threshold_cents" bigint,
	"amendment_min_amount_cents" bigint DEFAULT 2500000 NOT NULL,
	"amendment_min_pct" double precision,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "funding" ALTER COLUMN "source_type" SET DATA TYPE text;--> statement-breakpoint
DROP TYPE "public"."funding_source_type";--> statement-breakpoint
CREATE TYPE "public"."funding_source_type" AS ENUM('general-funds', 'general-reserve', 'earmarked-reserve', 'subsidy', 'specific-grant', 'decentralisation-grant', 'third-party', 'partner');--> statement-breakpoint
ALTER TABLE "funding" ALTER COLUMN "source_type" SET DATA TYPE "public"."funding_source_type" USING "source_type"::"public"."funding_source_type";--> statement-breakpoint
ALTER TABLE "funding" ADD COLUMN "status" "funding_status" DEFAULT 'expected' NOT NULL;--> statement-breakpoint
ALTER TABLE "funding" ADD COLUMN "label" text;--> statement-breakpoint
ALTER TABLE "funding" ADD COLUMN "start_year" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "funding" ADD COLUMN "end_year" integer;--> statement-breakpoint
ALTER TABLE "funding" ADD COLUMN "fund_limit_id" text;--> statement-breakpoint
ALTER TABLE "organisation_funding_settings" ADD CONSTRAINT "organisation_funding_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding" ADD CONSTRAINT "funding_fund_limit_id_fund_limits_id_fk" FOREIGN KEY ("fund_limit_id") REFERENCES "public"."fund_limits"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding" ADD CONSTRAINT "funding_percentage_range" CHECK ("funding"."percentage" is null or ("funding"."percentage" > 0 and "funding"."percentage" <= 100));--> statement-breakpoint
ALTER TABLE "funding" ADD CONSTRAINT "funding_amount_non_negative" CHECK ("funding"."amount_cents" is null or "funding"."amount_cents" >= 0);--> statement-breakpoint
ALTER TABLE "funding" ADD CONSTRAINT "funding_years_order" CHECK ("funding"."end_year" is null or "funding"."end_year" >= "funding"."start_year");