CREATE TABLE "budget_contributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"budget_id" uuid NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"collaboration_name" text NOT NULL,
	"pinned" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "budget_contributions" ADD CONSTRAINT "budget_contributions_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_contributions" ADD CONSTRAINT "budget_contributions_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_contributions" ADD CONSTRAINT "budget_contributions_member_id_collaboration_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."collaboration_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "budget_contributions_budget_id_collaboration_id_index" ON "budget_contributions" USING btree ("budget_id","collaboration_id");--> statement-breakpoint
CREATE INDEX "budget_contributions_collaboration_id_index" ON "budget_contributions" USING btree ("collaboration_id");