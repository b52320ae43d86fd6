ALTER TABLE "points" ADD COLUMN "self_reading" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "points" ADD COLUMN "reading_window_from" integer;--> statement-breakpoint
ALTER TABLE "points" ADD COLUMN "reading_window_to" integer;--> statement-breakpoint
ALTER TABLE "points" ADD COLUMN "zones" text[] DEFAULT ARRAY['all']::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "points" ADD CONSTRAINT "points_reading_window_check" CHECK (("points"."reading_window_from" IS NULL AND "points"."reading_window_to" IS NULL) OR ("points"."reading_window_from" BETWEEN 1 AND 31 AND "points"."reading_window_to" BETWEEN 1 AND 31));