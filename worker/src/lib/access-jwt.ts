// Cloudflare Access puts a signed JWT in `Cf-Access-Jwt-Assertion` on every request it lets through.
// It is checked here (RS256 signature against the team's published keys, audience, issuer, expiry)
// rather than trusted: a request that reached the Worker around Access must not pass as an admin.

export interface AccessIdentity {
  email: string;
}

interface Jwk extends JsonWebKey {
  kid?: string;
}

const keyCache = new Map<string, { keys: Jwk[]; fetchedAt: number }>();
const KEY_TTL_MS = 10 * 60_000;
/**
 * A token with an unknown `kid` makes the Worker fetch the team's keys again (keys rotate), but at
 * most once a minute per team: otherwise every forged token would be one request to Access.
 */
export const KEY_REFETCH_MIN_MS = 60_000;
const lastFetchAttempt = new Map<string, number>();

/** Access's key endpoint did not answer: the request cannot be judged now (503), it is not refused. */
export class AccessKeysUnavailable extends Error {}

/** "myteam.cloudflareaccess.com" → "https://myteam.cloudflareaccess.com"; a full origin is kept as is. */
export function teamOrigin(teamDomain: string): string {
  return /^https?:\/\//.test(teamDomain) ? teamDomain.replace(/\/+$/, "") : `https://${teamDomain}`;
}

async function teamKeys(teamDomain: string, refresh: boolean, now: number): Promise<Jwk[]> {
  const cached = keyCache.get(teamDomain);
  if (cached && !refresh && now - cached.fetchedAt < KEY_TTL_MS) return cached.keys;
  if (now - (lastFetchAttempt.get(teamDomain) ?? -Infinity) < KEY_REFETCH_MIN_MS) {
    if (cached) return cached.keys;
    throw new AccessKeysUnavailable("Access keys unavailable (fetched moments ago without success)");
  }
  lastFetchAttempt.set(teamDomain, now);
  try {
    const res = await fetch(`${teamOrigin(teamDomain)}/cdn-cgi/access/certs`);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const { keys } = (await res.json()) as { keys: Jwk[] };
    if (!Array.isArray(keys)) throw new Error("no keys in the answer");
    keyCache.set(teamDomain, { keys, fetchedAt: now });
    return keys;
  } catch (e) {
    // Keys we had stay good through an outage of the key endpoint; without any, nobody can be judged.
    if (cached) return cached.keys;
    throw new AccessKeysUnavailable(`Access keys unavailable (${(e as Error).message})`);
  }
}

function base64UrlDecode(part: string): Uint8Array {
  const b64 = part.replaceAll("-", "+").replaceAll("_", "/").padEnd(Math.ceil(part.length / 4) * 4, "=");
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

const decodeJson = (part: string) => JSON.parse(new TextDecoder().decode(base64UrlDecode(part))) as Record<string, unknown>;

/**
 * The identity in a valid Access token, or an Error saying what is wrong with it.
 * Throws AccessKeysUnavailable when the team's keys cannot be had.
 */
export async function verifyAccessJwt(token: string, teamDomain: string, audience: string, now = Date.now()): Promise<AccessIdentity | Error> {
  const parts = token.split(".");
  if (parts.length !== 3) return new Error("malformed token");
  let header: Record<string, unknown>;
  let payload: Record<string, unknown>;
  try {
    header = decodeJson(parts[0]!);
    payload = decodeJson(parts[1]!);
  } catch {
    return new Error("malformed token");
  }
  if (header.alg !== "RS256") return new Error("unexpected algorithm");
  for (const refresh of [false, true]) {
    const keys = await teamKeys(teamDomain, refresh, now);
    const jwk = keys.find((k) => k.kid === header.kid);
    if (!jwk) continue; // keys rotate: fetch once more before giving up
    let ok = false;
    try {
      const key = await crypto.subtle.importKey("jwk", jwk, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, false, ["verify"]);
      ok = await crypto.subtle.verify("RSASSA-PKCS1-v1_5", key, base64UrlDecode(parts[2]!), new TextEncoder().encode(`${parts[0]}.${parts[1]}`));
    } catch {
      // a signature that is not base64url, or a key Access would never publish
    }
    if (!ok) return new Error("bad signature");
    const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    if (!aud.includes(audience)) return new Error("wrong audience");
    if (payload.iss !== teamOrigin(teamDomain)) return new Error("wrong issuer");
    if (typeof payload.exp !== "number" || payload.exp * 1000 < now) return new Error("expired");
    // One minute of clock skew between Access and the Worker.
    if (payload.nbf !== undefined && (typeof payload.nbf !== "number" || payload.nbf * 1000 > now + 60_000)) return new Error("not yet valid");
    if (typeof payload.email !== "string" || !payload.email) return new Error("no e-mail in token");
    return { email: payload.email };
  }
  return new Error("unknown signing key");
}
