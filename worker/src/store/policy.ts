import { effectiveCategories, orgSettingsSchema, type OrgSettings, type Policy } from "../../../shared/schema/policy.ts";
import { listExceptions, toPolicyException } from "./exceptions.ts";

export async function orgSettings(db: D1Database, orgId: string): Promise<{ settings: OrgSettings; version: number } | null> {
  const row = await db.prepare("SELECT policy_json, policy_version FROM organisations WHERE id = ?").bind(orgId).first<{ policy_json: string; policy_version: number }>();
  if (!row) return null;
  const parsed = orgSettingsSchema.safeParse(JSON.parse(row.policy_json || "{}"));
  return { settings: parsed.success ? parsed.data : { categories: {}, origins: [] }, version: row.policy_version };
}

/** The policy an organisation's extensions follow: settings plus the exceptions in force today. */
export async function policyFor(db: D1Database, orgId: string): Promise<Policy | null> {
  const org = await orgSettings(db, orgId);
  if (!org) return null;
  const exceptions = await listExceptions(db, { orgId, inForce: true });
  return {
    organisation: orgId,
    version: org.version,
    categories: effectiveCategories(org.settings),
    origins: org.settings.origins,
    exceptions: exceptions.map(toPolicyException).sort((a, b) => a.id - b.id),
  };
}

export async function saveOrgSettings(db: D1Database, orgId: string, settings: OrgSettings): Promise<boolean> {
  const r = await db.prepare("UPDATE organisations SET policy_json = ?, policy_version = policy_version + 1 WHERE id = ?").bind(JSON.stringify(settings), orgId).run();
  return (r.meta.changes ?? 0) > 0;
}
