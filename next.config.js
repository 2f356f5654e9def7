/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native drivers must stay out of the bundle and load from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/client"],
  poweredByHeader: false,
  experimental: {
    // Imports arrive as request bodies of up to this size through the upload route.
    serverActions: { bodySizeLimit: "2mb" },
  },
};

module.exports = nextConfig;
