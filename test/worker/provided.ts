// What the worker project's global setup (receiver.node.ts) provides to the tests through inject().
declare module "vitest" {
  export interface ProvidedContext {
    /** Origin of the local HTTP receiver (webhooks, Cloudflare Access keys). */
    receiverUrl: string;
    /** Private half of the key the receiver publishes as Access's signing key. */
    accessPrivateJwk: { kid: string; kty?: string; alg?: string; n?: string; e?: string; d?: string; p?: string; q?: string; dp?: string; dq?: string; qi?: string };
  }
}
export {};
