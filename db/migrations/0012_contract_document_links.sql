ALTER TABLE "escalation_events" DROP CONSTRAINT "escalation_events_document_id_contract_documents_id_fk";
--> statement-breakpoint
ALTER TABLE "agreement_deliveries" DROP CONSTRAINT "agreement_deliveries_document_id_contract_documents_id_fk";
--> statement-breakpoint
ALTER TABLE "contract_documents" ADD CONSTRAINT "contract_documents_escalation_id_escalations_id_fk" FOREIGN KEY ("escalation_id") REFERENCES "public"."escalations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_documents" ADD CONSTRAINT "contract_documents_agreement_id_performance_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."performance_agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_events" ADD CONSTRAINT "escalation_events_document_id_contract_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."contract_documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_deliveries" ADD CONSTRAINT "agreement_deliveries_document_id_contract_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."contract_documents"("id") ON DELETE cascade ON UPDATE no action;