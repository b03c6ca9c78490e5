-- Cases, pushed items and the rows that hang off them become a group's own: keys are
-- (group_id, id) from here on. Drizzle cannot name the old primary keys; PostgreSQL calls them
-- <table>_pkey.
ALTER TABLE "action_reports" DROP CONSTRAINT "action_reports_item_id_pushed_items_id_fk";--> statement-breakpoint
ALTER TABLE "sign_ups" DROP CONSTRAINT "sign_ups_item_id_pushed_items_id_fk";--> statement-breakpoint
ALTER TABLE "action_reports" DROP CONSTRAINT "action_reports_pkey";--> statement-breakpoint
ALTER TABLE "sign_ups" DROP CONSTRAINT "sign_ups_pkey";--> statement-breakpoint
ALTER TABLE "pushed_items" DROP CONSTRAINT "pushed_items_pkey";--> statement-breakpoint
ALTER TABLE "cases" DROP CONSTRAINT "cases_pkey";--> statement-breakpoint
-- Reports and sign-ups take the group of the pushed item they belong to.
ALTER TABLE "action_reports" ADD COLUMN "group_id" uuid;--> statement-breakpoint
UPDATE "action_reports" SET "group_id" = "pushed_items"."group_id" FROM "pushed_items" WHERE "pushed_items"."id" = "action_reports"."item_id";--> statement-breakpoint
ALTER TABLE "action_reports" ALTER COLUMN "group_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "sign_ups" ADD COLUMN "group_id" uuid;--> statement-breakpoint
UPDATE "sign_ups" SET "group_id" = "pushed_items"."group_id" FROM "pushed_items" WHERE "pushed_items"."id" = "sign_ups"."item_id";--> statement-breakpoint
ALTER TABLE "sign_ups" ALTER COLUMN "group_id" SET NOT NULL;--> statement-breakpoint
-- Until now the server served one group, the first created, so every case was that group's. A
-- store without a group holds only the seeded demo cases (no device could exist to edit them);
-- they go, and the next start seeds them again into the group it creates.
ALTER TABLE "cases" ADD COLUMN "group_id" uuid;--> statement-breakpoint
UPDATE "cases" SET "group_id" = (SELECT "id" FROM "groups" ORDER BY "created_at" LIMIT 1);--> statement-breakpoint
DELETE FROM "cases" WHERE "group_id" IS NULL;--> statement-breakpoint
ALTER TABLE "cases" ALTER COLUMN "group_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "action_reports" ADD CONSTRAINT "action_reports_group_id_item_id_pk" PRIMARY KEY("group_id","item_id");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_group_id_id_pk" PRIMARY KEY("group_id","id");--> statement-breakpoint
ALTER TABLE "pushed_items" ADD CONSTRAINT "pushed_items_group_id_id_pk" PRIMARY KEY("group_id","id");--> statement-breakpoint
ALTER TABLE "sign_ups" ADD CONSTRAINT "sign_ups_group_id_item_id_pk" PRIMARY KEY("group_id","item_id");--> statement-breakpoint
CREATE TABLE "case_versions" (
	"group_id" uuid NOT NULL,
	"case_id" text NOT NULL,
	"version" integer NOT NULL,
	"data" jsonb NOT NULL,
	"published_by_device_id" uuid,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_versions_group_id_case_id_version_pk" PRIMARY KEY("group_id","case_id","version")
);
--> statement-breakpoint
-- The version each case is at now is its first recorded one; who published it was never kept.
INSERT INTO "case_versions" ("group_id", "case_id", "version", "data", "published_at") SELECT "group_id", "id", "version", "data", "updated_at" FROM "cases";--> statement-breakpoint
ALTER TABLE "case_versions" ADD CONSTRAINT "case_versions_published_by_device_id_devices_id_fk" FOREIGN KEY ("published_by_device_id") REFERENCES "public"."devices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_versions" ADD CONSTRAINT "case_versions_group_id_case_id_cases_group_id_id_fk" FOREIGN KEY ("group_id","case_id") REFERENCES "public"."cases"("group_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_reports" ADD CONSTRAINT "action_reports_group_id_item_id_pushed_items_group_id_id_fk" FOREIGN KEY ("group_id","item_id") REFERENCES "public"."pushed_items"("group_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_ups" ADD CONSTRAINT "sign_ups_group_id_item_id_pushed_items_group_id_id_fk" FOREIGN KEY ("group_id","item_id") REFERENCES "public"."pushed_items"("group_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_group_seq" ON "cases" USING btree ("group_id","seq");
