ALTER TABLE "invoice_lines" ADD COLUMN "unit_price" numeric;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD COLUMN "meter_number" text;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD COLUMN "reading_from" jsonb;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD COLUMN "reading_to" jsonb;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD COLUMN "tariff" text;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD COLUMN "before" jsonb;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "correction_reason" text;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "interest_invoice_id" text;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "interest_days_late" integer;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "interest_rate_percent" numeric;