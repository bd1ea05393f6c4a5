CREATE TYPE "public"."benchmark_unit" AS ENUM('per-inhabitant', 'per-employee');--> statement-breakpoint
CREATE TYPE "public"."budget_status" AS ENUM('draft', 'submitted', 'adopted');--> statement-breakpoint
CREATE TYPE "public"."cost_basis" AS ENUM('amount', 'staff', 'hire', 'licence');--> statement-breakpoint
CREATE TYPE "public"."cost_pool" AS ENUM('personnel', 'hire', 'software', 'hardware', 'services', 'training');--> statement-breakpoint
CREATE TYPE "public"."driver" AS ENUM('fixed', 'inhabitants', 'employees', 'departments');--> statement-breakpoint
CREATE TYPE "public"."edition_status" AS ENUM('draft', 'published', 'retired');--> statement-breakpoint
CREATE TYPE "public"."funding_source_type" AS ENUM('regular', 'reserve', 'subsidy', 'co-financing');--> statement-breakpoint
CREATE TYPE "public"."hire_hours_period" AS ENUM('year', 'total');--> statement-breakpoint
CREATE TYPE "public"."indexation" AS ENUM('wage', 'price', 'none');--> statement-breakpoint
CREATE TYPE "public"."line_kind" AS ENUM('incidental', 'structural', 'investment');--> statement-breakpoint
CREATE TYPE "public"."provenance" AS ENUM('published', 'published-incomplete', 'secondhand', 'example', 'imported', 'custom');--> statement-breakpoint
CREATE TYPE "public"."unit_price_period" AS ENUM('month', 'year');--> statement-breakpoint
CREATE TABLE "catalog_editions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"status" "edition_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"model_inhabitants" integer NOT NULL,
	"model_employees" integer NOT NULL,
	"model_departments" integer NOT NULL,
	"source" text NOT NULL,
	"source_note" text,
	"reference_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalog_editions_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "catalog_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"edition_id" uuid NOT NULL,
	"development_id" uuid NOT NULL,
	"key" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"description" text NOT NULL,
	"basis" text,
	"notes" text,
	"source_url" text,
	"provenance" "provenance" NOT NULL,
	"taakveld" text DEFAULT '0.4' NOT NULL,
	"retired" boolean DEFAULT false NOT NULL,
	"kind" "line_kind" NOT NULL,
	"cost_basis" "cost_basis" NOT NULL,
	"cost_pool" "cost_pool" NOT NULL,
	"amount_cents" bigint,
	"hours_per_week" double precision,
	"salary_scale" text,
	"hours" double precision,
	"hours_period" "hire_hours_period",
	"hire_role" text,
	"hourly_rate_cents" bigint,
	"units" double precision,
	"unit_price_cents" bigint,
	"unit_price_period" "unit_price_period",
	"driver" "driver" NOT NULL,
	"elasticity" double precision,
	"year_offset" integer DEFAULT 0 NOT NULL,
	"duration_years" integer DEFAULT 1 NOT NULL,
	"depreciation_years" integer,
	"contract_years" integer,
	"retender_cents" bigint,
	"migration_cents" bigint,
	"indexation" "indexation",
	CONSTRAINT "catalog_lines_edition_key_unique" UNIQUE("edition_id","key")
);
--> statement-breakpoint
CREATE TABLE "developments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"edition_id" uuid NOT NULL,
	"domain_id" uuid NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"source_url" text,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"title_verbatim" boolean DEFAULT false NOT NULL,
	"domain_inferred" boolean DEFAULT false NOT NULL,
	"lines_found" text,
	"source_note" text,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "developments_edition_key_unique" UNIQUE("edition_id","key")
);
--> statement-breakpoint
CREATE TABLE "domains" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"edition_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"source_url" text,
	"domain_page_found" boolean,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "domains_edition_key_unique" UNIQUE("edition_id","key")
);
--> statement-breakpoint
CREATE TABLE "municipalities" (
	"cbs_code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"province" text NOT NULL,
	"inhabitants" integer NOT NULL,
	"reference_date" date NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "org_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_units_organisation_name_unique" UNIQUE("organisation_id","name")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "budget_developments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"budget_id" uuid NOT NULL,
	"development_id" uuid NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"start_year" integer,
	"owner_unit_id" uuid,
	"priority" integer,
	"note" text,
	CONSTRAINT "budget_developments_budget_development_unique" UNIQUE("budget_id","development_id")
);
--> statement-breakpoint
CREATE TABLE "budget_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"budget_id" uuid NOT NULL,
	"catalog_line_id" uuid,
	"development_id" uuid NOT NULL,
	"custom_line" jsonb,
	"overrides" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"justification" text,
	"overridden_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_lines_budget_catalog_line_unique" UNIQUE("budget_id","catalog_line_id"),
	CONSTRAINT "budget_lines_catalog_xor_custom" CHECK (("budget_lines"."catalog_line_id" is null) <> ("budget_lines"."custom_line" is null))
);
--> statement-breakpoint
CREATE TABLE "budgets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"status" "budget_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"first_year" integer NOT NULL,
	"horizon_years" integer DEFAULT 4 NOT NULL,
	"edition_id" uuid NOT NULL,
	"cbs_code" text,
	"profile_name" text NOT NULL,
	"profile_inhabitants" integer NOT NULL,
	"profile_employees" integer NOT NULL,
	"profile_departments" integer NOT NULL,
	"profile_reference_date" date,
	"assumptions" jsonb NOT NULL,
	"include_examples" boolean DEFAULT true NOT NULL,
	"base_budget_id" uuid,
	"scenario_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budgets_horizon_years_check" CHECK ("budgets"."horizon_years" between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "funding" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"budget_id" uuid NOT NULL,
	"budget_line_id" uuid,
	"development_id" uuid,
	"source_type" "funding_source_type" NOT NULL,
	"amount_cents" bigint,
	"percentage" double precision,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "funding_line_xor_development" CHECK (("funding"."budget_line_id" is null) <> ("funding"."development_id" is null)),
	CONSTRAINT "funding_amount_xor_percentage" CHECK (("funding"."amount_cents" is null) <> ("funding"."percentage" is null))
);
--> statement-breakpoint
CREATE TABLE "assumption_defaults" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid,
	"salary_table_id" text NOT NULL,
	"salary_step" text DEFAULT 'max' NOT NULL,
	"employer_cost_pct" double precision NOT NULL,
	"rate_card_id" text NOT NULL,
	"default_hire_role" text NOT NULL,
	"price_indexation_pct" double precision NOT NULL,
	"wage_indexation_pct" double precision NOT NULL,
	"interest_rate_pct" double precision NOT NULL,
	"activation_threshold_cents" bigint NOT NULL,
	"default_depreciation_years" integer NOT NULL,
	"default_elasticity" jsonb NOT NULL,
	"retender_pct" double precision NOT NULL,
	"migration_pct" double precision NOT NULL,
	"sources" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assumption_defaults_organisation_id_unique" UNIQUE NULLS NOT DISTINCT("organisation_id")
);
--> statement-breakpoint
CREATE TABLE "benchmarks" (
	"id" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"year" integer NOT NULL,
	"value_cents" bigint NOT NULL,
	"unit" "benchmark_unit" NOT NULL,
	"source" text NOT NULL,
	"source_url" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "rate_cards" (
	"id" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"valid_from" date NOT NULL,
	"rates" jsonb NOT NULL,
	"source" text NOT NULL,
	"source_url" text,
	"estimate" boolean DEFAULT false NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "salary_tables" (
	"id" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"valid_from" date NOT NULL,
	"scales" jsonb NOT NULL,
	"source" text NOT NULL,
	"source_url" text,
	"estimate" boolean DEFAULT false NOT NULL,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "catalog_lines" ADD CONSTRAINT "catalog_lines_edition_id_catalog_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."catalog_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_lines" ADD CONSTRAINT "catalog_lines_development_id_developments_id_fk" FOREIGN KEY ("development_id") REFERENCES "public"."developments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "developments" ADD CONSTRAINT "developments_edition_id_catalog_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."catalog_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "developments" ADD CONSTRAINT "developments_domain_id_domains_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."domains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domains" ADD CONSTRAINT "domains_edition_id_catalog_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."catalog_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_units" ADD CONSTRAINT "org_units_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_developments" ADD CONSTRAINT "budget_developments_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_developments" ADD CONSTRAINT "budget_developments_development_id_developments_id_fk" FOREIGN KEY ("development_id") REFERENCES "public"."developments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_developments" ADD CONSTRAINT "budget_developments_owner_unit_id_org_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_catalog_line_id_catalog_lines_id_fk" FOREIGN KEY ("catalog_line_id") REFERENCES "public"."catalog_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_development_id_developments_id_fk" FOREIGN KEY ("development_id") REFERENCES "public"."developments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_edition_id_catalog_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."catalog_editions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_base_budget_id_budgets_id_fk" FOREIGN KEY ("base_budget_id") REFERENCES "public"."budgets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding" ADD CONSTRAINT "funding_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding" ADD CONSTRAINT "funding_budget_line_id_budget_lines_id_fk" FOREIGN KEY ("budget_line_id") REFERENCES "public"."budget_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding" ADD CONSTRAINT "funding_development_id_developments_id_fk" FOREIGN KEY ("development_id") REFERENCES "public"."developments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assumption_defaults" ADD CONSTRAINT "assumption_defaults_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assumption_defaults" ADD CONSTRAINT "assumption_defaults_salary_table_id_salary_tables_id_fk" FOREIGN KEY ("salary_table_id") REFERENCES "public"."salary_tables"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assumption_defaults" ADD CONSTRAINT "assumption_defaults_rate_card_id_rate_cards_id_fk" FOREIGN KEY ("rate_card_id") REFERENCES "public"."rate_cards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalog_lines_edition_id_index" ON "catalog_lines" USING btree ("edition_id");--> statement-breakpoint
CREATE INDEX "catalog_lines_development_id_index" ON "catalog_lines" USING btree ("development_id");--> statement-breakpoint
CREATE INDEX "developments_edition_id_index" ON "developments" USING btree ("edition_id");--> statement-breakpoint
CREATE INDEX "developments_domain_id_index" ON "developments" USING btree ("domain_id");--> statement-breakpoint
CREATE INDEX "domains_edition_id_index" ON "domains" USING btree ("edition_id");--> statement-breakpoint
CREATE INDEX "org_units_organisation_id_index" ON "org_units" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "budget_developments_budget_id_index" ON "budget_developments" USING btree ("budget_id");--> statement-breakpoint
CREATE INDEX "budget_developments_development_id_index" ON "budget_developments" USING btree ("development_id");--> statement-breakpoint
CREATE INDEX "budget_developments_owner_unit_id_index" ON "budget_developments" USING btree ("owner_unit_id");--> statement-breakpoint
CREATE INDEX "budget_lines_budget_id_index" ON "budget_lines" USING btree ("budget_id");--> statement-breakpoint
CREATE INDEX "budget_lines_catalog_line_id_index" ON "budget_lines" USING btree ("catalog_line_id");--> statement-breakpoint
CREATE INDEX "budget_lines_development_id_index" ON "budget_lines" USING btree ("development_id");--> statement-breakpoint
CREATE INDEX "budgets_organisation_id_index" ON "budgets" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "budgets_edition_id_index" ON "budgets" USING btree ("edition_id");--> statement-breakpoint
CREATE INDEX "budgets_base_budget_id_index" ON "budgets" USING btree ("base_budget_id");--> statement-breakpoint
CREATE INDEX "funding_budget_id_index" ON "funding" USING btree ("budget_id");--> statement-breakpoint
CREATE INDEX "funding_budget_line_id_index" ON "funding" USING btree ("budget_line_id");--> statement-breakpoint
CREATE INDEX "funding_development_id_index" ON "funding" USING btree ("development_id");--> statement-breakpoint
CREATE INDEX "assumption_defaults_salary_table_id_index" ON "assumption_defaults" USING btree ("salary_table_id");--> statement-breakpoint
CREATE INDEX "assumption_defaults_rate_card_id_index" ON "assumption_defaults" USING btree ("rate_card_id");