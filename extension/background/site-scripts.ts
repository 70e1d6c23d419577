// Sites an organisation adds through policy (besides Deftiq's own, which the manifest covers) are
// optional host permissions: the user grants them once from the options page, and the background
// registers the content script for the granted ones at run time (scripting.registerContentScripts).

export const POLICY_SCRIPT_ID = "dpa-guard-policy-sites";

export interface ScriptingLike {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string; matches?: string[] }[]>;
  registerContentScripts(scripts: { id: string; matches: string[]; js: string[]; allFrames: boolean; runAt: "document_idle" }[]): Promise<void>;
  updateContentScripts(scripts: { id: string; matches: string[] }[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}

export interface PermissionsLike {
  contains(p: { origins: string[] }): Promise<boolean>;
}

/** The policy's sites split into those the user granted and those still to grant. */
export async function grantedOrigins(origins: readonly string[], permissions: PermissionsLike): Promise<{ granted: string[]; missing: string[] }> {
  const granted: string[] = [];
  const missing: string[] = [];
  for (const o of origins) ((await permissions.contains({ origins: [o] })) ? granted : missing).push(o);
  return { granted, missing };
}

/** Makes the registered content script match exactly the granted policy sites. */
export async function syncSiteScripts(origins: readonly string[], permissions: PermissionsLike, scripting: ScriptingLike, contentJs: string): Promise<string[]> {
  const { granted } = await grantedOrigins(origins, permissions);
  const existing = (await scripting.getRegisteredContentScripts({ ids: [POLICY_SCRIPT_ID] }))[0];
  if (!granted.length) {
    if (existing) await scripting.unregisterContentScripts({ ids: [POLICY_SCRIPT_ID] });
    return [];
  }
  const same = existing && existing.matches?.length === granted.length && granted.every((g) => existing.matches!.includes(g));
  if (same) return granted;
  if (existing) await scripting.updateContentScripts([{ id: POLICY_SCRIPT_ID, matches: granted }]);
  else await scripting.registerContentScripts([{ id: POLICY_SCRIPT_ID, matches: granted, js: [contentJs], allFrames: true, runAt: "document_idle" }]);
  return granted;
}
