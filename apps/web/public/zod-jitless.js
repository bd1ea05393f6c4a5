// Loaded as a deferred classic script before the app's modules (index.html; deferred and module
// scripts run in document order). zod reads this global config
// when it loads and probes `new Function` for its JIT as soon as the first object schema is
// created; under the app's CSP (no 'unsafe-eval') the browser reports that probe as a violation.
// jitless skips the probe. It has to run before any bundle chunk, so it cannot live in the bundle.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
