ALTER TABLE "benchmarks" ADD COLUMN "sample" text;--> statement-breakpoint
ALTER TABLE "benchmarks" ADD COLUMN "min_inhabitants" integer;--> statement-breakpoint
ALTER TABLE "benchmarks" ADD COLUMN "max_inhabitants" integer;