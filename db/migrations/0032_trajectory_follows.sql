CREATE TABLE "trajectory_follows" (
	"user_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trajectory_follows_user_id_trajectory_id_pk" PRIMARY KEY("user_id","trajectory_id")
);
--> statement-breakpoint
ALTER TABLE "trajectory_follows" ADD CONSTRAINT "trajectory_follows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_follows" ADD CONSTRAINT "trajectory_follows_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "trajectory_follows_trajectory_idx" ON "trajectory_follows" USING btree ("trajectory_id");