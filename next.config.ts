import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite must be loaded by Node itself, not bundled (docs/toolchain.md §2); argon2 is a native addon.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "@react-pdf/renderer"],
  poweredByHeader: false,
  reactStrictMode: true,
  // Types are checked by `npm run typecheck` (tsc --noEmit) in `npm test`; checking them again in
  // every `next build` doubles the e2e server's start-up time and adds nothing.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    serverActions: { bodySizeLimit: "2mb" },
    // The proxy buffers request bodies; ticket uploads carry up to 5 × 10 MB (lib/tickets/limits.ts).
    proxyClientMaxBodySize: "52mb",
  },
};

export default nextConfig;
