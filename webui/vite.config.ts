/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Dev: Quinoa starts this on 5173 and proxies it behind Quarkus on 8080; /api and /q go to Quarkus directly.
export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true },
  build: { outDir: 'dist', chunkSizeWarningLimit: 2000 },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'checks/**/*.test.ts'],
    css: false,
    // Ant Design forms in jsdom on a busy 2-core CI machine: 5 s was too tight once
    testTimeout: 30000,
  },
});
