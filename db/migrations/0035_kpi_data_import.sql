CREATE TABLE "kpi_care_start_records" (
	"import_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"product_code" text NOT NULL,
	"allocation_start" date NOT NULL,
	"actual_start" date NOT NULL,
	"message_sent" date NOT NULL,
	CONSTRAINT "kpi_care_start_record_key" UNIQUE("import_id","reference","product_code"),
	CONSTRAINT "kpi_care_start_order" CHECK ("kpi_care_start_records"."actual_start" >= "kpi_care_start_records"."allocation_start" and "kpi_care_start_records"."message_sent" >= "kpi_care_start_records"."actual_start")
);
--> statement-breakpoint
CREATE TABLE "kpi_data_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"subregion_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"row_count" integer NOT NULL,
	"file_name" text NOT NULL,
	"computation" jsonb NOT NULL,
	"imported_by" uuid NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kpi_data_import_key" UNIQUE("contract_id","subregion_id","year","kind")
);
--> statement-breakpoint
CREATE TABLE "kpi_result_records" (
	"import_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"product_code" text NOT NULL,
	"achieved" boolean NOT NULL,
	"reason" text,
	CONSTRAINT "kpi_result_record_key" UNIQUE("import_id","reference","product_code"),
	CONSTRAINT "kpi_result_reason" CHECK (("kpi_result_records"."achieved" and "kpi_result_records"."reason" is null) or (not "kpi_result_records"."achieved" and "kpi_result_records"."reason" is not null))
);
--> statement-breakpoint
ALTER TABLE "kpi_measurements" ADD COLUMN "source" text DEFAULT 'typed' NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_care_start_records" ADD CONSTRAINT "kpi_care_start_records_import_id_kpi_data_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."kpi_data_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_data_imports" ADD CONSTRAINT "kpi_data_imports_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_data_imports" ADD CONSTRAINT "kpi_data_imports_subregion_id_subregions_id_fk" FOREIGN KEY ("subregion_id") REFERENCES "public"."subregions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_data_imports" ADD CONSTRAINT "kpi_data_imports_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_result_records" ADD CONSTRAINT "kpi_result_records_import_id_kpi_data_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."kpi_data_imports"("id") ON DELETE cascade ON UPDATE no action;