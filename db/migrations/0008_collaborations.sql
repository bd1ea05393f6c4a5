CREATE TYPE "public"."collaboration_form" AS ENUM('informal', 'centrumgemeente', 'bedrijfsvoeringsorganisatie', 'openbaar-lichaam');--> statement-breakpoint
CREATE TABLE "budget_allocations" (
	"budget_id" uuid PRIMARY KEY NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"keys" jsonb NOT NULL,
	"members" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "collaboration_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"cbs_code" text,
	"name" text NOT NULL,
	"inhabitants" integer NOT NULL,
	"employees" integer NOT NULL,
	"departments" integer NOT NULL,
	"reference_date" date,
	"source" text NOT NULL,
	CONSTRAINT "collaboration_members_collaboration_cbs_unique" UNIQUE("collaboration_id","cbs_code"),
	CONSTRAINT "collaboration_members_collaboration_name_unique" UNIQUE("collaboration_id","name")
);
--> statement-breakpoint
CREATE TABLE "collaborations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"form" "collaboration_form" DEFAULT 'informal' NOT NULL,
	"key_valid_from" date NOT NULL,
	"key_valid_to" date,
	"budget_family_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "collaborations_organisation_name_unique" UNIQUE("organisation_id","name")
);
--> statement-breakpoint
ALTER TABLE "budget_allocations" ADD CONSTRAINT "budget_allocations_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_allocations" ADD CONSTRAINT "budget_allocations_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaboration_members" ADD CONSTRAINT "collaboration_members_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaborations" ADD CONSTRAINT "collaborations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "budget_allocations_collaboration_id_index" ON "budget_allocations" USING btree ("collaboration_id");--> statement-breakpoint
CREATE INDEX "collaboration_members_collaboration_id_index" ON "collaboration_members" USING btree ("collaboration_id");--> statement-breakpoint
CREATE INDEX "collaborations_organisation_id_index" ON "collaborations" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "collaborations_budget_family_id_index" ON "collaborations" USING btree ("budget_family_id");