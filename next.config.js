/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native drivers must stay out of the bundle and load from node_modules at run time.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/client",
    "@prisma/schema-engine-wasm",
    "gpt-tokenizer",
    // Language detection tables, loaded from node_modules when first needed.
    "eld",
    // The import parser worker loads TypeScript through tsx at run time.
    "tsx",
    // RE2 runs users' find-and-replace patterns: a native addon, loaded as it is.
    "re2",
  ],
  poweredByHeader: false,
  experimental: {
    // Server actions carry small forms only; files go through the streaming upload route.
    serverActions: { bodySizeLimit: "2mb" },
    // forbidden(): a page the user's role does not allow answers 403 with app/forbidden.tsx.
    authInterrupts: true,
  },
};

module.exports = nextConfig;
