import type { ESLint, Rule } from "eslint";

export const noServerOnlyInClient: Rule.RuleModule;
declare const plugin: ESLint.Plugin;
export default plugin;
