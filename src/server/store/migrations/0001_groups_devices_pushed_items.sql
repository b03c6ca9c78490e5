CREATE TABLE "action_reports" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"actions" jsonb NOT NULL,
	"occurred_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_totals" (
	"group_id" uuid NOT NULL,
	"case_id" text NOT NULL,
	"action" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "case_totals_group_id_case_id_action_pk" PRIMARY KEY("group_id","case_id","action")
);
--> statement-breakpoint
CREATE TABLE "devices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"role" text NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"join_code_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "devices_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "join_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"role" text NOT NULL,
	"code_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "join_codes_code_hash_unique" UNIQUE("code_hash")
);
--> statement-breakpoint
CREATE TABLE "pushed_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"payload_hash" text NOT NULL,
	"group_id" uuid NOT NULL,
	"device_id" uuid NOT NULL,
	"case_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_ups" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"stall_session_id" uuid NOT NULL,
	"consent_petition" boolean NOT NULL,
	"consent_updates" boolean NOT NULL,
	"consent_text_version" text NOT NULL,
	"consent_language" text NOT NULL,
	"sealed" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_reports" ADD CONSTRAINT "action_reports_item_id_pushed_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."pushed_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_totals" ADD CONSTRAINT "case_totals_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_join_code_id_join_codes_id_fk" FOREIGN KEY ("join_code_id") REFERENCES "public"."join_codes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "join_codes" ADD CONSTRAINT "join_codes_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pushed_items" ADD CONSTRAINT "pushed_items_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pushed_items" ADD CONSTRAINT "pushed_items_device_id_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."devices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_ups" ADD CONSTRAINT "sign_ups_item_id_pushed_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."pushed_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "join_codes_one_active_per_role" ON "join_codes" USING btree ("group_id","role") WHERE "join_codes"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "pushed_items_group_case" ON "pushed_items" USING btree ("group_id","case_id");