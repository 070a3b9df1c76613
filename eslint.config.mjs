// One linter for the whole codebase: typed TypeScript rules, Next's React/hooks/core-web-vitals set, the
// jsx-a11y recommended set, and the module boundaries of docs/ARCHITECTURE.md. Prettier decides the shape;
// eslint-config-prettier switches off the rules that would argue with it.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";
import jsxA11y from "eslint-plugin-jsx-a11y";
import tseslint from "typescript-eslint";
import boundaries from "./scripts/eslint/no-server-only-in-client.mjs";

// Data that belongs to an actor: pages and components read it through the domain's reads.ts, which asks
// the policy, never through the raw query module that skips the actor's scope.
const ACTOR_SCOPED_QUERIES = [
  ["consultations", "lib/consultation/reads.ts"],
  ["consultation-responses", "lib/consultation/reads.ts"],
  ["consultation-lists", "lib/consultation/reads.ts"],
  ["minutes", "lib/minutes/reads.ts"],
  ["meetings", "lib/meeting/reads.ts"],
  ["contracts", "lib/contract/reads.ts"],
  ["contract-meetings", "lib/contract/reads.ts"],
  ["execution-dashboard", "lib/contract/reads.ts"],
  ["overlegtafels", "lib/overlegtafel/reads.ts"],
];

const actorScopedPatterns = ACTOR_SCOPED_QUERIES.map(([module, reads]) => ({
  group: [`@/db/queries/${module}`, `**/db/queries/${module}`],
  message: `Actor-scoped data: read it through ${reads}, which asks lib/policy.`,
}));

export default defineConfig([
  globalIgnores([
    ".next/**",
    ".data/**",
    ".e2e-data/**",
    "reports/**",
    "test-results/**",
    "playwright-report/**",
    "db/migrations/**",
    "next-env.d.ts",
    "scripts/bench/ceiling-app/.next/**",
  ]),
  ...nextVitals,
  ...nextTypescript,
  {
    files: ["**/*.{ts,tsx,mts}"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: true } }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-import-type-side-effects": "error",
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ["**/*.tsx"],
    rules: jsxA11y.flatConfigs.recommended.rules,
  },
  {
    // Circles among our own modules only; packages are not parsed.
    settings: { "import/ignore": ["node_modules"] },
    rules: { "import/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    // A calendar day taken from toISOString() is the UTC day: between 00:00 and 02:00 in Amsterdam it is
    // yesterday. lib/time has amsterdamDay() for a moment and calendar-day helpers for day arithmetic.
    files: ["app/**", "lib/**", "db/**", "components/**", "scripts/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "CallExpression[callee.property.name=/^(slice|substring|substr|split)$/]" +
            "[callee.object.callee.property.name='toISOString']",
          message: "This is the UTC day, not the Dutch one: use amsterdamDay() from lib/time/amsterdam.",
        },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: actorScopedPatterns }],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/db", "@/db/**", "**/db/**"],
              message: "Components are presentational: take plain props, and import types from lib/<domain>/, not db/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    plugins: { boundaries },
    rules: { "boundaries/no-server-only-in-client": "error" },
  },
  prettier,
  {
    // Prettier wraps code at 120; this catches what it cannot wrap (long strings and comments).
    rules: {
      "max-len": ["error", { code: 120, ignoreUrls: true }],
    },
  },
  {
    // A test's name and its fixture text read best on one line; code and comments still wrap at 120.
    files: ["tests/**"],
    rules: {
      "max-len": [
        "error",
        { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true, ignoreStrings: true, ignoreTemplateLiterals: true },
      ],
    },
  },
]);
