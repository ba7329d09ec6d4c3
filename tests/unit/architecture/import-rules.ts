import { posix } from 'node:path';
import ts from 'typescript';

/**
 * The import rules of docs/design/ARCHITECTURE.md as data, and a checker that reads imports with TypeScript's own
 * parser (so `import type`, re-exports and dynamic `import()` are all seen, and strings in comments are not).
 * A small checker of our own instead of dependency-cruiser: five rules over about 200 files need no new dependency,
 * and the rules read here exactly as the design states them.
 */
export interface SourceFile {
  /** Repository-relative, with forward slashes: `storage/db.ts`. */
  path: string;
  text: string;
}

export interface ImportEdge {
  from: string;
  /** A repository path (`storage/db.ts`) for a relative import, else the package specifier (`dexie`, `wxt/browser`). */
  to: string;
  typeOnly: boolean;
}

export interface Violation {
  rule: string;
  from: string;
  to: string;
}

interface ImportRule {
  name: string;
  /** Files the rule applies to. */
  appliesTo: (path: string) => boolean;
  /** True when this import breaks the rule. */
  forbids: (edge: ImportEdge) => boolean;
}

const under =
  (...folders: string[]) =>
  (path: string) =>
    folders.some((folder) => path.startsWith(`${folder}/`));
const isPackage = (to: string, ...names: string[]) => names.some((n) => to === n || to.startsWith(`${n}/`));

/** Extension pages and the content script: they run outside the worker, so the database is never theirs to open. */
const PAGES = under(
  'components',
  'entrypoints/popup',
  'entrypoints/options',
  'entrypoints/practice',
  'entrypoints/coach.content',
);

export const IMPORT_RULES: readonly ImportRule[] = [
  {
    name: 'the engine (rules/) imports no DOM, browser, storage, editors, components or UI (nor UI words: i18n/)',
    appliesTo: under('rules'),
    forbids: ({ to }) =>
      isPackage(to, 'wxt', 'dexie', 'react', 'react-dom', 'recharts') ||
      under('storage', 'editors', 'components', 'entrypoints', 'background', 'messaging', 'i18n')(to),
  },
  {
    name: 'only storage/ imports Dexie',
    appliesTo: (path) => !under('storage')(path),
    forbids: ({ to }) => isPackage(to, 'dexie', 'dexie-react-hooks'),
  },
  {
    name: 'storage/ imports nothing from components/, entrypoints/, editors/ or background/, no browser API, and from messaging/ only the protocol’s types',
    appliesTo: under('storage'),
    forbids: ({ to, typeOnly }) =>
      under('components', 'entrypoints', 'editors', 'background')(to) ||
      isPackage(to, 'wxt') ||
      (under('messaging')(to) && !(to === 'messaging/protocol.ts' && typeOnly)),
  },
  {
    name: 'pages (components/, popup, options, practice) and the content script reach storage only through the worker (messaging/)',
    appliesTo: PAGES,
    forbids: ({ to }) => under('storage', 'background')(to) || isPackage(to, 'dexie'),
  },
  {
    name: 'editors/ decide nothing about storage: no storage/ or background/',
    appliesTo: under('editors'),
    forbids: ({ to }) => under('storage', 'background')(to) || isPackage(to, 'dexie'),
  },
  {
    name: 'the session state (editors/session/, not effects/) is pure: it imports only rules/, itself, editors/long-reply.ts and i18n/t.ts',
    appliesTo: (path) => under('editors/session')(path) && !under('editors/session/effects')(path),
    forbids: ({ to }) =>
      !(under('rules')(to) || (under('editors/session')(to) && !under('editors/session/effects')(to))) &&
      to !== 'editors/long-reply.ts' &&
      to !== 'i18n/t.ts',
  },
  {
    name: 'i18n/t.ts is pure like the session state: it imports nothing but the English messages’ types',
    appliesTo: (path) => path === 'i18n/t.ts',
    forbids: ({ to, typeOnly }) => !(typeOnly && to === 'public/_locales/en/messages.json'),
  },
];

function specifiers(file: SourceFile): { specifier: string; typeOnly: boolean }[] {
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, false);
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.importClause?.isTypeOnly === true });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function importsOf(file: SourceFile): ImportEdge[] {
  return specifiers(file).map(({ specifier, typeOnly }) => ({
    from: file.path,
    to: specifier.startsWith('.') ? posix.normalize(posix.join(posix.dirname(file.path), specifier)) : specifier,
    typeOnly,
  }));
}

export function findViolations(files: readonly SourceFile[], rules: readonly ImportRule[] = IMPORT_RULES): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
    for (const edge of importsOf(file)) {
      for (const rule of rules) {
        if (rule.appliesTo(file.path) && rule.forbids(edge))
          violations.push({ rule: rule.name, from: edge.from, to: edge.to });
      }
    }
  }
  return violations;
}
