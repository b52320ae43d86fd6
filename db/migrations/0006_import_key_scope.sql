CREATE TYPE "public"."import_key_scope" AS ENUM('import', 'export', 'both');--> statement-breakpoint
ALTER TABLE "import_keys" ADD COLUMN "scope" "import_key_scope" DEFAULT 'both' NOT NULL;