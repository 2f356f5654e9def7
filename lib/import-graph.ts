import ts from "typescript";
import { posix } from "node:path";

// Which source file loads which, and the cycles among them, for the test that keeps the
// code free of import cycles (lib/import-graph.test.ts). A cycle means neither file can
// be read, tested or moved without the other, and at run time one of them may see the
// other half-loaded. What counts:
// - every import and re-export declaration, `import type` too: the compiler erases it, so
//   it cannot leave a module half-loaded, but it ties the two files together all the same
//   (a shared type belongs in a third file both import);
// - not `import("…")`: it runs after both modules finished loading, and it is the way to
//   reach a module that is loaded late on purpose (a worker, a heavy optional part).

/** Each file (a path from the repository root) with the files it imports, sorted. */
export type ImportGraph = Map<string, string[]>;

/** The specifiers a file imports or re-exports from, in order (dynamic `import()` left out). */
export function staticImports(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  for (const statement of source.statements) {
    const specifier = ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement) ? statement.moduleSpecifier : undefined;
    if (specifier && ts.isStringLiteral(specifier)) found.push(specifier.text);
  }
  return found;
}

const EXTENSIONS = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];

/** The file a specifier names, for `@/` (the repository root) and relative ones; null for packages and files not given. */
export function resolveSpecifier(from: string, specifier: string, files: ReadonlySet<string>): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith("./") || specifier.startsWith("../")) base = posix.join(posix.dirname(from), specifier);
  else return null;
  for (const ending of EXTENSIONS) if (files.has(base + ending)) return base + ending;
  return null;
}

/** The graph of imports among the given files. */
export function buildImportGraph(files: readonly string[], read: (file: string) => string): ImportGraph {
  const known = new Set(files);
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const targets = staticImports(file, read(file))
      .map((specifier) => resolveSpecifier(file, specifier, known))
      .filter((target): target is string => target !== null);
    graph.set(file, [...new Set(targets)].sort());
  }
  return graph;
}

/** Every file `start` loads, directly or through others, not going past files where `stop` says so. */
export function reachableFrom(graph: ImportGraph, start: string, stop: (file: string) => boolean = () => false): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length) {
    for (const target of graph.get(queue.pop()!) ?? []) {
      if (seen.has(target) || stop(target)) continue;
      seen.add(target);
      queue.push(target);
    }
  }
  return seen;
}

/**
 * The strongly connected components that are cycles (two or more files, or a file that
 * imports itself), each sorted, in sorted order. Tarjan's algorithm.
 */
export function findCycles(graph: ImportGraph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];

  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next++;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
  };

  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return cycles.sort((a, b) => a[0].localeCompare(b[0]));
}
