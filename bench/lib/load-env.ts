/**
 * Imported first by bench/load.ts: the load run's own database and port, set before bench/lib/env.ts
 * and bench/lib/db.ts read them (so `npm run bench` and a load run never share a database).
 */
process.env.BENCH_DATABASE ??= "mojbok_load";
process.env.BENCH_PORT ??= "3410";

export {};
