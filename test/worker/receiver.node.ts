// Worker-test global setup (runs in Node, outside workerd): a real local HTTP server standing in for
// what is outside the product — a Teams/Slack webhook receiver and Cloudflare Access's key endpoint.
//   POST /hook/<name>           records the body; /hook/flaky-<n>-<name> answers 500 for the first n posts
//   GET  /received/<name>       the bodies recorded for <name>, as a JSON array
//   GET  /cdn-cgi/access/certs  the public half of a key pair made here; the private half is provided
//                               to the tests so they can sign Access tokens like Access does
//   GET  /team/<name>/cdn-cgi/access/certs   the same, counted per <name>; a <name> starting with
//                               "down-" answers 503 (Access's key endpoint out of order)
//   GET  /certs-fetched/<name>  how often /team/<name>/… was asked
import { createServer, type Server } from "node:http";
import { webcrypto } from "node:crypto";
import type { TestProject } from "vitest/node";
import "./provided.ts";

let server: Server | undefined;

export async function setup(project: TestProject): Promise<void> {
  const pair = await webcrypto.subtle.generateKey(
    { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["sign", "verify"],
  );
  const kid = "test-key-1";
  const publicJwk = { ...(await webcrypto.subtle.exportKey("jwk", pair.publicKey)), kid, alg: "RS256", use: "sig" };
  const privateJwk = { ...(await webcrypto.subtle.exportKey("jwk", pair.privateKey)), kid };

  const received = new Map<string, unknown[]>();
  const posts = new Map<string, number>();
  const certFetches = new Map<string, number>();
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "Content-Type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.method === "GET" && url.pathname === "/cdn-cgi/access/certs") return send(200, { keys: [publicJwk] });
    const team = /^\/team\/([^/]+)\/cdn-cgi\/access\/certs$/.exec(url.pathname)?.[1];
    if (req.method === "GET" && team) {
      certFetches.set(team, (certFetches.get(team) ?? 0) + 1);
      return team.startsWith("down-") ? send(503, { error: "down" }) : send(200, { keys: [publicJwk] });
    }
    if (req.method === "GET" && url.pathname.startsWith("/certs-fetched/")) return send(200, certFetches.get(url.pathname.slice(15)) ?? 0);
    if (req.method === "GET" && url.pathname.startsWith("/received/")) return send(200, received.get(url.pathname.slice(10)) ?? []);
    if (req.method === "POST" && url.pathname.startsWith("/hook/")) {
      const name = url.pathname.slice(6);
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        const n = (posts.get(name) ?? 0) + 1;
        posts.set(name, n);
        const failFirst = Number(/^flaky-(\d+)-/.exec(name)?.[1] ?? 0);
        if (n <= failFirst) return send(500, { error: "try again" });
        const list = received.get(name) ?? [];
        list.push(JSON.parse(body));
        received.set(name, list);
        send(200, { ok: true });
      });
      return;
    }
    send(404, { error: "not found" });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("receiver did not bind");
  project.provide("receiverUrl", `http://127.0.0.1:${address.port}`);
  project.provide("accessPrivateJwk", privateJwk);
}

export async function teardown(): Promise<void> {
  await new Promise((resolve) => server?.close(resolve));
}
