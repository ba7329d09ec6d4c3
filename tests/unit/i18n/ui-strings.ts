import ts from 'typescript';

/** A string a user would read, written in code instead of public/_locales. */
export interface HardCodedString {
  file: string;
  line: number;
  text: string;
  why: string;
}

/** Attributes and properties whose value is read to the user (shown, spoken by a screen reader, or a tooltip). */
const UI_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
  'label',
]);
const UI_PROPERTIES = new Set(['textContent', 'innerText', 'title', 'placeholder', 'ariaLabel', 'alt', 'label']);
/** Text inside these elements is code or keys (a file path, `ETag`), not words to translate. */
const CODE_ELEMENTS = new Set(['code', 'kbd', 'samp', 'pre']);
/** A sentence or a label of several words: starts with a capital, then more words. CSS, ids and classes never do. */
const PROSE = /^[A-Z][a-z’']*[ ,:]+\S*[a-z]{2,}/;

const hasLetters = (text: string) => /\p{L}{2,}/u.test(text);

/** The static text of a literal: a string, or a template's fixed parts joined by a placeholder mark. */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('{…}');
  return undefined;
}

/** The literals an expression can evaluate to directly: `a ? 'x' : 'y'`, `x ?? 'y'`, `'a' + b`, `('x')`. */
function leafLiterals(node: ts.Node): ts.Node[] {
  if (ts.isParenthesizedExpression(node)) return leafLiterals(node.expression);
  if (ts.isConditionalExpression(node)) return [...leafLiterals(node.whenTrue), ...leafLiterals(node.whenFalse)];
  if (
    ts.isBinaryExpression(node) &&
    [
      ts.SyntaxKind.BarBarToken,
      ts.SyntaxKind.QuestionQuestionToken,
      ts.SyntaxKind.PlusToken,
      ts.SyntaxKind.AmpersandAmpersandToken,
    ].includes(node.operatorToken.kind)
  )
    return [...leafLiterals(node.left), ...leafLiterals(node.right)];
  return literalText(node) === undefined ? [] : [node];
}

function insideCodeElement(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isJsxElement(at) && CODE_ELEMENTS.has(at.openingElement.tagName.getText())) return true;
  }
  return false;
}

/** console.*, import paths and the like: literals that never reach the page. */
function outsideTheUi(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent))
    return true;
  if (ts.isCallExpression(parent) && parent.expression.getText().startsWith('console.')) return true;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return true;
  if (
    ts.isBinaryExpression(parent) &&
    [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(
      parent.operatorToken.kind,
    )
  )
    return true;
  return false;
}

/**
 * Every user-facing string written into a TypeScript or TSX source instead of the messages file: JSX text, literals
 * given to a UI attribute or property (`aria-label`, `title`, `textContent` …), literals shown as JSX children, and
 * any other literal that reads as a sentence or a label of several words.
 */
export function findHardCodedStrings(file: string, source: string): HardCodedString[] {
  const sf = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: HardCodedString[] = [];
  const seen = new Set<ts.Node>();
  const report = (node: ts.Node, text: string, why: string) => {
    if (seen.has(node)) return;
    seen.add(node);
    found.push({
      file,
      line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
      text: text.replace(/\s+/g, ' ').trim(),
      why,
    });
  };
  const reportLiterals = (expression: ts.Node, why: string) => {
    for (const leaf of leafLiterals(expression)) {
      const text = literalText(leaf) ?? '';
      if (hasLetters(text)) report(leaf, text, why);
    }
  };

  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && hasLetters(node.text) && !insideCodeElement(node)) report(node, node.text, 'JSX text');
    else if (ts.isJsxAttribute(node) && UI_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      if (value) reportLiterals(value, `${node.name.getText()} attribute`);
    } else if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)) &&
      !insideCodeElement(node)
    )
      reportLiterals(node.expression, 'JSX child');
    else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      UI_PROPERTIES.has(node.left.name.text)
    )
      reportLiterals(node.right, `${node.left.name.text} assignment`);
    else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'setAttribute'
    ) {
      const [name, value] = node.arguments;
      if (name && value && ts.isStringLiteral(name) && UI_ATTRIBUTES.has(name.text))
        reportLiterals(value, `${name.text} attribute`);
    } else if (literalText(node) !== undefined && !outsideTheUi(node)) {
      const text = literalText(node) ?? '';
      if (PROSE.test(text)) report(node, text, 'prose literal');
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}
