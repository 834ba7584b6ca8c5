import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// Served by the InternBot host under /tab/; `npm run build` writes the assets the .NET build copies into the host.
export default defineConfig({
  base: "/tab/",
  plugins: [react()],
  // Fluent UI and teams-js make one ~210 kB (gzip) bundle; the tab loads once per session.
  build: { outDir: "dist", emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 800 },
  test: { environment: "node", include: ["src/**/*.test.ts", "src/**/*.test.tsx"] },
});
