import { defineConfig, defaultClientConditions } from 'vite';

// `source`: the workspace packages resolve to their TypeScript sources (the elements' React wrappers and
// the elements themselves), so this example needs no prior package build.
export default defineConfig({
  base: './',
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 800 },
});
