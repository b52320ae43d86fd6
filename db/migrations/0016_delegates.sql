CREATE TYPE "public"."delegate_role" AS ENUM('view', 'payments', 'full');--> statement-breakpoint
CREATE TABLE "delegations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"role" "delegate_role" NOT NULL,
	"email" text NOT NULL,
	"token_hash" text,
	"expires_at" timestamp with time zone NOT NULL,
	"invited_by" uuid,
	"account_id" uuid,
	"accepted_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoked_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "delegation_id" uuid;--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_invited_by_accounts_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_tenant_id_customer_id_customers_tenant_id_id_fk" FOREIGN KEY ("tenant_id","customer_id") REFERENCES "public"."customers"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "delegations_token_idx" ON "delegations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "delegations_customer_idx" ON "delegations" USING btree ("tenant_id","customer_id");--> statement-breakpoint
CREATE INDEX "delegations_account_idx" ON "delegations" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "delegations_live_idx" ON "delegations" USING btree ("customer_id","account_id") WHERE "delegations"."revoked_at" is null and "delegations"."account_id" is not null;