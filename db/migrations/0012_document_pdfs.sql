CREATE TABLE "document_pdfs" (
	"tenant_id" text NOT NULL,
	"invoice_id" text NOT NULL,
	"input_hash" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_pdfs_tenant_id_invoice_id_pk" PRIMARY KEY("tenant_id","invoice_id")
);
