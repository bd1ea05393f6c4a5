CREATE TYPE "public"."pending_upload_kind" AS ENUM('catalog', 'budget');--> statement-breakpoint
CREATE TABLE "pending_uploads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "pending_upload_kind" NOT NULL,
	"organisation_id" uuid,
	"payload" json NOT NULL,
	"bytes" integer NOT NULL,
	"created_at" timestamp (6) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_attempts" (
	"key" text PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "pending_uploads" ADD CONSTRAINT "pending_uploads_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pending_uploads_kind_created_at_index" ON "pending_uploads" USING btree ("kind","created_at");--> statement-breakpoint
CREATE INDEX "pending_uploads_expires_at_index" ON "pending_uploads" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_expire_index" ON "sign_in_attempts" USING btree ("expire");