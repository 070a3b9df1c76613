CREATE TABLE "trajectory_public_figures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"figure" text NOT NULL,
	"description" text NOT NULL,
	"source" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trajectory_public_figures_unique" UNIQUE("trajectory_id","figure")
);
--> statement-breakpoint
ALTER TABLE "trajectory_public_figures" ADD CONSTRAINT "trajectory_public_figures_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_public_figures" ADD CONSTRAINT "trajectory_public_figures_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;