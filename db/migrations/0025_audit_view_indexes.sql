DROP INDEX "audit_log_trajectory_idx";--> statement-breakpoint
DROP INDEX "audit_log_object_idx";--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at","id");--> statement-breakpoint
CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action","at","id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id","at","id");--> statement-breakpoint
CREATE INDEX "audit_log_result_idx" ON "audit_log" USING btree ("at","id") WHERE "audit_log"."result" <> 'success';--> statement-breakpoint
CREATE INDEX "audit_log_trajectory_idx" ON "audit_log" USING btree ("trajectory_id","at","id");--> statement-breakpoint
CREATE INDEX "audit_log_object_idx" ON "audit_log" USING btree ("object_type","object_id","at","id");