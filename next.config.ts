import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // These load files from their own package folders at run time (PGlite its WebAssembly, pdfkit its
  // font metrics, pdf.js its worker); bundling breaks those paths.
  serverExternalPackages: ["@electric-sql/pglite", "pdfkit", "pdfjs-dist", "pg-boss"],
  poweredByHeader: false,
  experimental: {
    authInterrupts: true,
    // Documents up to 10 MB are uploaded through server actions.
    serverActions: { bodySizeLimit: "11mb" },
  },
  headers() {
    return Promise.resolve([{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }]);
  },
};

export default nextConfig;
