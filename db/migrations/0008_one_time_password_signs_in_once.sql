ALTER TABLE "auth_tokens" ADD COLUMN "session_id" text;--> statement-breakpoint
ALTER TABLE "staff_users" ADD COLUMN "one_time_password_used_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "auth_tokens" ADD CONSTRAINT "auth_tokens_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;