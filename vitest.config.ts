import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const shared = {
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "tests/support/empty-module.ts"),
    },
  },
};

export default defineConfig({
  test: {
    reporters: ["default"],
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          include: ["{ai,lib,app,components,ops,tests/support,load-tests,bench}/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
        },
      },
      {
        ...shared,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
