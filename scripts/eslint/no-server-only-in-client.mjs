// A client component ships to the browser: it may not import a module that is marked `server-only`,
// directly or through the modules it imports. Server actions (`"use server"` files) are the one
// sanctioned crossing: the client gets a reference to call, not the module, so the walk stops there.
import fs from "node:fs";
import path from "node:path";

const EXTENSIONS = [".ts", ".tsx", ".js", ".mjs", "/index.ts", "/index.tsx"];
const projectRoot = process.cwd();

/** @type {Map<string, { directive: string | null, imports: string[], serverOnly: boolean }>} */
const moduleCache = new Map();

function resolveLocal(specifier, fromFile) {
  let base;
  if (specifier.startsWith("@/")) base = path.join(projectRoot, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(fromFile), specifier);
  else return null;
  if (fs.existsSync(base) && fs.statSync(base).isFile()) return base;
  for (const extension of EXTENSIONS) {
    if (fs.existsSync(base + extension)) return base + extension;
  }
  return null;
}

const DIRECTIVE = /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/|\s)*["'](use client|use server)["']/;
const VALUE_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?["']([^"']+)["']/gm;

function readModule(file) {
  const cached = moduleCache.get(file);
  if (cached) return cached;
  const source = fs.readFileSync(file, "utf8");
  const imports = [...source.matchAll(VALUE_IMPORT)].map((match) => match[1]);
  const info = {
    directive: DIRECTIVE.exec(source)?.[1] ?? null,
    imports,
    serverOnly: imports.includes("server-only"),
  };
  moduleCache.set(file, info);
  return info;
}

/** The chain of files from `file` to a server-only module, or null when there is none. */
function serverOnlyChain(file, seen = new Set()) {
  if (seen.has(file)) return null;
  seen.add(file);
  const info = readModule(file);
  if (info.directive === "use server") return null;
  if (info.serverOnly) return [file];
  for (const specifier of info.imports) {
    const next = resolveLocal(specifier, file);
    if (!next) continue;
    const chain = serverOnlyChain(next, seen);
    if (chain) return [file, ...chain];
  }
  return null;
}

/** @type {import("eslint").Rule.RuleModule} */
export const noServerOnlyInClient = {
  meta: {
    type: "problem",
    docs: { description: "Client components may not import server-only modules, directly or indirectly." },
    schema: [],
    messages: {
      direct:
        "A client component may not import 'server-only' code. Read on the server and pass plain props, " +
        "or call a server action.",
      indirect:
        "'{{specifier}}' reaches a server-only module ({{chain}}). Read on the server and pass plain props, " +
        'or call a server action from a "use server" file.',
    },
  },
  create(context) {
    const isClient = context.sourceCode.ast.body.some(
      (statement) => statement.type === "ExpressionStatement" && statement.directive === "use client",
    );
    if (!isClient) return {};
    const filename = context.filename;
    return {
      ImportDeclaration(node) {
        if (node.importKind === "type") return;
        if (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === "type")) return;
        const specifier = String(node.source.value);
        if (specifier === "server-only") {
          context.report({ node, messageId: "direct" });
          return;
        }
        const target = resolveLocal(specifier, filename);
        if (!target) return;
        const chain = serverOnlyChain(target);
        if (chain) {
          const shown = chain.map((file) => path.relative(projectRoot, file)).join(" → ");
          context.report({ node, messageId: "indirect", data: { specifier, chain: shown } });
        }
      },
    };
  },
};

const plugin = { rules: { "no-server-only-in-client": noServerOnlyInClient } };

export default plugin;
