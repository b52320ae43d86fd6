ALTER TABLE "consumption" DROP CONSTRAINT "consumption_tenant_id_point_id_points_tenant_id_id_fk";
--> statement-breakpoint
ALTER TABLE "contracts" DROP CONSTRAINT "contracts_tenant_id_customer_id_customers_tenant_id_id_fk";
--> statement-breakpoint
ALTER TABLE "contracts" DROP CONSTRAINT "contracts_tenant_id_payer_id_customers_tenant_id_id_fk";
--> statement-breakpoint
ALTER TABLE "invoice_lines" DROP CONSTRAINT "invoice_lines_tenant_id_invoice_id_invoices_tenant_id_id_fk";
--> statement-breakpoint
ALTER TABLE "invoices" DROP CONSTRAINT "invoices_tenant_id_customer_id_customers_tenant_id_id_fk";
--> statement-breakpoint
ALTER TABLE "invoices" DROP CONSTRAINT "invoices_tenant_id_contract_id_contracts_tenant_id_id_fk";
--> statement-breakpoint
ALTER TABLE "payments" DROP CONSTRAINT "payments_tenant_id_customer_id_customers_tenant_id_id_fk";
--> statement-breakpoint
ALTER TABLE "payments" DROP CONSTRAINT "payments_tenant_id_invoice_id_invoices_tenant_id_id_fk";
--> statement-breakpoint
ALTER TABLE "points" DROP CONSTRAINT "points_tenant_id_contract_id_contracts_tenant_id_id_fk";
--> statement-breakpoint
ALTER TABLE "readings" DROP CONSTRAINT "readings_tenant_id_point_id_points_tenant_id_id_fk";
