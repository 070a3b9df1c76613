CREATE TYPE "public"."minutes_audience" AS ENUM('trajectory', 'invitees');--> statement-breakpoint
CREATE TYPE "public"."contract_document_kind" AS ENUM('improvement_plan', 'realisation_report', 'agreement_report', 'talk_report', 'letter');--> statement-breakpoint
CREATE TYPE "public"."contract_term_form" AS ENUM('2+2', '2+2+2');--> statement-breakpoint
CREATE TYPE "public"."kpi_unit" AS ENUM('grade', 'percentage');--> statement-breakpoint
CREATE TYPE "public"."escalation_step" AS ENUM('step1', 'step2', 'step3', 'resolved');--> statement-breakpoint
CREATE TYPE "public"."improvement_plan_status" AS ENUM('awaited', 'submitted', 'accepted', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."shortfall_source" AS ENUM('kpi', 'performance_agreement', 'sample_check', 'other');--> statement-breakpoint
CREATE TYPE "public"."agreement_frequency" AS ENUM('yearly', 'biennial', 'on_request');--> statement-breakpoint
CREATE TABLE "contract_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"kind" "contract_document_kind" NOT NULL,
	"title" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"escalation_id" uuid,
	"agreement_id" uuid,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contract_extensions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"decided_on" date NOT NULL,
	"evaluation" text NOT NULL,
	"client_experience" text NOT NULL,
	"decided_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contract_products" (
	"contract_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	CONSTRAINT "contract_products_contract_id_product_id_pk" PRIMARY KEY("contract_id","product_id")
);
--> statement-breakpoint
CREATE TABLE "contract_subregions" (
	"contract_id" uuid NOT NULL,
	"subregion_id" uuid NOT NULL,
	CONSTRAINT "contract_subregions_contract_id_subregion_id_pk" PRIMARY KEY("contract_id","subregion_id")
);
--> statement-breakpoint
CREATE TABLE "contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"title" text NOT NULL,
	"awarded_on" date NOT NULL,
	"starts_on" date NOT NULL,
	"term_form" "contract_term_form" DEFAULT '2+2' NOT NULL,
	"term_form_reason" text,
	"extensions_used" integer DEFAULT 0 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contracts_reference_unique" UNIQUE("reference"),
	CONSTRAINT "contract_dates" CHECK ("contracts"."starts_on" >= "contracts"."awarded_on"),
	CONSTRAINT "contract_extensions_used" CHECK ("contracts"."extensions_used" between 0 and 2)
);
--> statement-breakpoint
CREATE TABLE "kpi_measurements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kpi_id" uuid NOT NULL,
	"subregion_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"value" numeric(6, 2) NOT NULL,
	"clients_in_care" integer NOT NULL,
	"entered_by" uuid NOT NULL,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"provider_response" text,
	"responded_by" uuid,
	"responded_at" timestamp with time zone,
	CONSTRAINT "kpi_measurement_key" UNIQUE("kpi_id","subregion_id","year"),
	CONSTRAINT "kpi_measurement_range" CHECK ("kpi_measurements"."value" between 0 and 100 and "kpi_measurements"."clients_in_care" >= 0)
);
--> statement-breakpoint
CREATE TABLE "kpis" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"code" text,
	"name" text NOT NULL,
	"unit" "kpi_unit" NOT NULL,
	"norm" numeric(6, 2) NOT NULL,
	"good_from" numeric(6, 2),
	"position" integer NOT NULL,
	CONSTRAINT "kpi_contract_name_key" UNIQUE("contract_id","name"),
	CONSTRAINT "kpi_norm_range" CHECK ("kpis"."norm" between 0 and 100 and ("kpis"."good_from" is null or "kpis"."good_from" between "kpis"."norm" and 100))
);
--> statement-breakpoint
CREATE TABLE "escalation_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"escalation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_step" "escalation_step",
	"to_step" "escalation_step" NOT NULL,
	"note" text,
	"document_id" uuid,
	"actor_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "escalations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"step" "escalation_step" DEFAULT 'step1' NOT NULL,
	"source" "shortfall_source" NOT NULL,
	"shortfall" text NOT NULL,
	"talk_on" date NOT NULL,
	"agreements" text,
	"plan_status" "improvement_plan_status" DEFAULT 'awaited' NOT NULL,
	"plan_due_on" date,
	"plan_term_reason" text,
	"realisation_due_on" date,
	"realisation_reported_at" timestamp with time zone,
	"client_stop" boolean DEFAULT false NOT NULL,
	"third_party" boolean DEFAULT false NOT NULL,
	"step3_ground" text,
	"opened_by" uuid NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "agreement_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"due_on" date,
	"document_id" uuid NOT NULL,
	"delivered_by" uuid NOT NULL,
	"delivered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "performance_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"title" text NOT NULL,
	"frequency" "agreement_frequency" NOT NULL,
	"first_due_on" date,
	"requested_due_on" date,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sample_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"checked_on" date NOT NULL,
	"files_drawn" integer NOT NULL,
	"files_failing" integer NOT NULL,
	"note" text,
	"checked_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sample_check_counts" CHECK ("sample_checks"."files_drawn" > 0 and "sample_checks"."files_failing" between 0 and "sample_checks"."files_drawn")
);
--> statement-breakpoint
CREATE TABLE "contract_meetings" (
	"meeting_id" uuid PRIMARY KEY NOT NULL,
	"contract_id" uuid NOT NULL,
	"year" integer NOT NULL,
	CONSTRAINT "contract_meeting_year_key" UNIQUE("contract_id","year")
);
--> statement-breakpoint
CREATE TABLE "contract_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"client_counts" jsonb NOT NULL,
	"complaints_count" integer NOT NULL,
	"complaints_nature" text NOT NULL,
	"complaints_handling" text NOT NULL,
	"calamities" text NOT NULL,
	"certificate_valid_until" date,
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contract_reports_meeting_id_unique" UNIQUE("meeting_id")
);
--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "minutes_audience" "minutes_audience" DEFAULT 'trajectory' NOT NULL;--> statement-breakpoint
ALTER TABLE "contract_documents" ADD CONSTRAINT "contract_documents_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_documents" ADD CONSTRAINT "contract_documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_extensions" ADD CONSTRAINT "contract_extensions_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_extensions" ADD CONSTRAINT "contract_extensions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_products" ADD CONSTRAINT "contract_products_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_products" ADD CONSTRAINT "contract_products_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_subregions" ADD CONSTRAINT "contract_subregions_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_subregions" ADD CONSTRAINT "contract_subregions_subregion_id_subregions_id_fk" FOREIGN KEY ("subregion_id") REFERENCES "public"."subregions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_measurements" ADD CONSTRAINT "kpi_measurements_kpi_id_kpis_id_fk" FOREIGN KEY ("kpi_id") REFERENCES "public"."kpis"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_measurements" ADD CONSTRAINT "kpi_measurements_subregion_id_subregions_id_fk" FOREIGN KEY ("subregion_id") REFERENCES "public"."subregions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_measurements" ADD CONSTRAINT "kpi_measurements_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_measurements" ADD CONSTRAINT "kpi_measurements_responded_by_users_id_fk" FOREIGN KEY ("responded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_events" ADD CONSTRAINT "escalation_events_escalation_id_escalations_id_fk" FOREIGN KEY ("escalation_id") REFERENCES "public"."escalations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_events" ADD CONSTRAINT "escalation_events_document_id_contract_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."contract_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_events" ADD CONSTRAINT "escalation_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_deliveries" ADD CONSTRAINT "agreement_deliveries_agreement_id_performance_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."performance_agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_deliveries" ADD CONSTRAINT "agreement_deliveries_document_id_contract_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."contract_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_deliveries" ADD CONSTRAINT "agreement_deliveries_delivered_by_users_id_fk" FOREIGN KEY ("delivered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_agreements" ADD CONSTRAINT "performance_agreements_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sample_checks" ADD CONSTRAINT "sample_checks_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sample_checks" ADD CONSTRAINT "sample_checks_checked_by_users_id_fk" FOREIGN KEY ("checked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_meetings" ADD CONSTRAINT "contract_meetings_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_meetings" ADD CONSTRAINT "contract_meetings_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_reports" ADD CONSTRAINT "contract_reports_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_reports" ADD CONSTRAINT "contract_reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contract_documents_contract_idx" ON "contract_documents" USING btree ("contract_id","uploaded_at");--> statement-breakpoint
CREATE INDEX "contracts_provider_idx" ON "contracts" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "kpi_measurements_year_idx" ON "kpi_measurements" USING btree ("year");--> statement-breakpoint
CREATE INDEX "escalation_events_idx" ON "escalation_events" USING btree ("escalation_id","at");--> statement-breakpoint
CREATE INDEX "escalations_contract_idx" ON "escalations" USING btree ("contract_id","opened_at");--> statement-breakpoint
CREATE INDEX "performance_agreements_contract_idx" ON "performance_agreements" USING btree ("contract_id");