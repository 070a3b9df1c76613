CREATE TYPE "public"."table_classification" AS ENUM('large', 'medium', 'small', 'unclassified');--> statement-breakpoint
CREATE TYPE "public"."composition_status" AS ENUM('proposed', 'fixed');--> statement-breakpoint
CREATE TYPE "public"."size_indicator_status" AS ENUM('submitted', 'confirmed');--> statement-breakpoint
CREATE TYPE "public"."table_subject" AS ENUM('product', 'products', 'theme');--> statement-breakpoint
CREATE TABLE "consultation_table_products" (
	"table_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	CONSTRAINT "consultation_table_products_table_id_product_id_pk" PRIMARY KEY("table_id","product_id")
);
--> statement-breakpoint
CREATE TABLE "consultation_tables" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"subregion_id" uuid,
	"title" text NOT NULL,
	"subject" "table_subject" NOT NULL,
	"theme" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provider_size_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"clients" integer,
	"employees" integer,
	"wmo_revenue" bigint,
	"status" "size_indicator_status" NOT NULL,
	"entered_by" uuid NOT NULL,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	"decided_class" "size_class",
	"decision_reason" text,
	CONSTRAINT "provider_size_year_key" UNIQUE("provider_id","year"),
	CONSTRAINT "provider_size_indicators_non_negative" CHECK ("provider_size_indicators"."clients" >= 0 AND "provider_size_indicators"."employees" >= 0 AND "provider_size_indicators"."wmo_revenue" >= 0)
);
--> statement-breakpoint
CREATE TABLE "size_thresholds" (
	"region_id" uuid PRIMARY KEY NOT NULL,
	"thresholds" jsonb NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "table_composition_members" (
	"meeting_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"size_class" "table_classification" NOT NULL,
	"subregion_id" uuid NOT NULL,
	"proposed_invited" boolean NOT NULL,
	"proposed_reason" text NOT NULL,
	"draw_key" text NOT NULL,
	"invited" boolean NOT NULL,
	"change_reason" text,
	"changed_by" uuid,
	"changed_at" timestamp with time zone,
	"replacement_provider_id" uuid,
	"replacement_reason" text,
	CONSTRAINT "table_composition_members_meeting_id_provider_id_pk" PRIMARY KEY("meeting_id","provider_id")
);
--> statement-breakpoint
CREATE TABLE "table_compositions" (
	"meeting_id" uuid PRIMARY KEY NOT NULL,
	"table_id" uuid NOT NULL,
	"seed" text NOT NULL,
	"session_date" date NOT NULL,
	"mode" text NOT NULL,
	"relevant_count" integer NOT NULL,
	"status" "composition_status" DEFAULT 'proposed' NOT NULL,
	"proposed_by" uuid NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"fixed_by" uuid,
	"fixed_at" timestamp with time zone,
	"over_cap_reason" text
);
--> statement-breakpoint
CREATE TABLE "table_exclusions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"table_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"until" date NOT NULL,
	"reason" text NOT NULL,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "table_id" uuid;--> statement-breakpoint
ALTER TABLE "consultation_table_products" ADD CONSTRAINT "consultation_table_products_table_id_consultation_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."consultation_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_table_products" ADD CONSTRAINT "consultation_table_products_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_tables" ADD CONSTRAINT "consultation_tables_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_tables" ADD CONSTRAINT "consultation_tables_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_tables" ADD CONSTRAINT "consultation_tables_subregion_id_subregions_id_fk" FOREIGN KEY ("subregion_id") REFERENCES "public"."subregions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_tables" ADD CONSTRAINT "consultation_tables_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_size_indicators" ADD CONSTRAINT "provider_size_indicators_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_size_indicators" ADD CONSTRAINT "provider_size_indicators_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_size_indicators" ADD CONSTRAINT "provider_size_indicators_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "size_thresholds" ADD CONSTRAINT "size_thresholds_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "size_thresholds" ADD CONSTRAINT "size_thresholds_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "table_composition_members" ADD CONSTRAINT "table_composition_members_meeting_id_table_compositions_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."table_compositions"("meeting_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "table_composition_members" ADD CONSTRAINT "table_composition_members_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "table_composition_members" ADD CONSTRAINT "table_composition_members_subregion_id_subregions_id_fk" FOREIGN KEY ("subregion_id") REFERENCES "public"."subregions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "table_composition_members" ADD CONSTRAINT "table_composition_members_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "table_composition_members" ADD CONSTRAINT "table_composition_members_replacement_provider_id_providers_id_fk" FOREIGN KEY ("replacement_provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "table_compositions" ADD CONSTRAINT "table_compositions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "table_compositions" ADD CONSTRAINT "table_compositions_table_id_consultation_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."consultation_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "table_compositions" ADD CONSTRAINT "table_compositions_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "table_compositions" ADD CONSTRAINT "table_compositions_fixed_by_users_id_fk" FOREIGN KEY ("fixed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "table_exclusions" ADD CONSTRAINT "table_exclusions_table_id_consultation_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."consultation_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "table_exclusions" ADD CONSTRAINT "table_exclusions_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "table_exclusions" ADD CONSTRAINT "table_exclusions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_tables_trajectory_idx" ON "consultation_tables" USING btree ("trajectory_id");--> statement-breakpoint
CREATE INDEX "table_composition_members_provider_idx" ON "table_composition_members" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "table_compositions_table_idx" ON "table_compositions" USING btree ("table_id","session_date");--> statement-breakpoint
CREATE INDEX "table_exclusions_idx" ON "table_exclusions" USING btree ("table_id","provider_id");--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_table_id_consultation_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."consultation_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meetings_table_idx" ON "meetings" USING btree ("table_id","starts_at");