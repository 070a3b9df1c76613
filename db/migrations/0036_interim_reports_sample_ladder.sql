CREATE TABLE "interim_report_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"reason" text NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "performance_agreements" ADD COLUMN "interim_on_request" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "sample_checks" ADD COLUMN "escalation_id" uuid;--> statement-breakpoint
ALTER TABLE "agreement_deliveries" ADD COLUMN "interim_request_id" uuid;--> statement-breakpoint
ALTER TABLE "interim_report_requests" ADD CONSTRAINT "interim_report_requests_agreement_id_performance_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."performance_agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interim_report_requests" ADD CONSTRAINT "interim_report_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interim_report_requests_agreement_idx" ON "interim_report_requests" USING btree ("agreement_id");--> statement-breakpoint
ALTER TABLE "sample_checks" ADD CONSTRAINT "sample_checks_escalation_id_escalations_id_fk" FOREIGN KEY ("escalation_id") REFERENCES "public"."escalations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_deliveries" ADD CONSTRAINT "agreement_deliveries_interim_request_id_interim_report_requests_id_fk" FOREIGN KEY ("interim_request_id") REFERENCES "public"."interim_report_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_deliveries" ADD CONSTRAINT "agreement_deliveries_interim_request_id_unique" UNIQUE("interim_request_id");--> statement-breakpoint
-- Existing contracts: the complaints report may be asked for in between, and the source table's tenth row
-- (time registration per client, on request) is added where it is missing.
UPDATE "performance_agreements" SET "interim_on_request" = true
  WHERE "title" = 'Klachtenrapportage (en tussentijds op aanvraag)';--> statement-breakpoint
INSERT INTO "performance_agreements" ("contract_id", "title", "frequency", "position")
  SELECT c."id", 'Registratie van de inzet van medewerkers per cliënt (tijdschrijven)', 'on_request',
    coalesce((SELECT max(p."position") + 1 FROM "performance_agreements" p WHERE p."contract_id" = c."id"), 0)
  FROM "contracts" c
  WHERE NOT EXISTS (
    SELECT 1 FROM "performance_agreements" p
    WHERE p."contract_id" = c."id" AND p."title" = 'Registratie van de inzet van medewerkers per cliënt (tijdschrijven)'
  );
