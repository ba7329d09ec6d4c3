import { config } from 'zod/mini';

// Extension pages and the service worker run under MV3's CSP, which forbids eval. zod probes for it once with
// `new Function` to compile faster parsers, and the refused probe is reported as a CSP violation (RELIABILITY B3).
// Rulebooks and messages are small, so parse without the compiled fast path everywhere.
config({ jitless: true });
