// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { offsetToPoint, pointToOffset, rangeFor, readRichText } from '../../../editors/text-model.ts';

const MASKS = '.gmail_quote, blockquote, .gmail_signature, [data-smartmail="gmail_signature"]';

function box(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

// Unit test files share one page (vitest.config.ts, isolate: false): leave it empty for the next file.
afterEach(() => document.body.replaceChildren());

describe('readRichText', () => {
  it('joins blocks with one newline and keeps empty lines from <br>', () => {
    const snap = readRichText(box('<div>Hi Sam,</div><div><br></div><div>Thanks <b>for</b> waiting.</div>'), MASKS);
    expect(snap.text).toBe('Hi Sam,\n\nThanks for waiting.');
    expect(snap.checked.length).toBe(snap.text.length);
  });

  it('masks quotes and signatures with spaces of the same length, keeping line breaks', () => {
    const html =
      '<div>Your problem is the cache.</div><div class="gmail_signature" data-smartmail="gmail_signature">-- <br>Ana, your problem</div>' +
      '<div class="gmail_quote"><div class="gmail_attr">On Mon, Sam wrote:</div><blockquote>your fault</blockquote></div>';
    const snap = readRichText(box(html), MASKS);
    expect(snap.text).toBe('Your problem is the cache.\n-- \nAna, your problem\nOn Mon, Sam wrote:\nyour fault');
    expect(snap.checked).toBe(
      `Your problem is the cache.\n   \n${' '.repeat(17)}\n${' '.repeat(18)}\n${' '.repeat(10)}`,
    );
  });

  it('turns look-alike spaces into plain spaces for the engine only', () => {
    const snap = readRichText(box('<p>your\u00a0fault\u2060 here</p>'), MASKS);
    expect(snap.text).toBe('your\u00a0fault\u2060 here');
    expect(snap.checked).toBe('your fault  here');
  });

  it('masks non-editable islands', () => {
    const snap = readRichText(box('<p>a <span contenteditable="false">chip</span> b</p>'), MASKS);
    expect(snap.checked).toBe('a      b');
  });
});

describe('offset mapping', () => {
  const cases = [
    'Hi 👋🏽 Sam,',
    'e\u0301 accent and RTL \u05e9\u05dc\u05d5\u05dd',
    'line one\r\nline two',
    'no\u00a0break space',
  ];
  for (const sample of cases) {
    it(`maps every offset both ways in ${JSON.stringify(sample)}`, () => {
      const root = box('');
      const p = document.createElement('p');
      const half = Math.floor(sample.length / 2);
      // Split across two text nodes, the second inside an inline element.
      const em = document.createElement('em');
      em.append(sample.slice(half));
      p.append(sample.slice(0, half), em);
      root.append(p, document.createElement('p'));
      (root.lastChild as HTMLElement).append('next');
      const snap = readRichText(root, MASKS);
      expect(snap.text).toBe(`${sample}\nnext`);
      for (let i = 0; i <= snap.text.length; i++) {
        const point = offsetToPoint(snap, i, 'after');
        expect(point).not.toBeNull();
        if (!point) continue;
        expect(pointToOffset(snap, point.node, point.offset)).toBe(i);
      }
    });
  }

  it('gives a range over exactly the flagged text across inline elements', () => {
    const root = box('<div>Hello, <b>your pro</b>blem is here.</div>');
    const snap = readRichText(root, MASKS);
    const start = snap.text.indexOf('your problem');
    const range = rangeFor(snap, start, start + 'your problem'.length);
    expect(range?.toString()).toBe('your problem');
  });

  it('maps an insertion point on an empty line to the <br> that makes it', () => {
    const root = box('<div>Hi,</div><div><br></div><div>Bye</div>');
    const snap = readRichText(root, MASKS);
    const point = offsetToPoint(snap, 4, 'after');
    const br = root.querySelector('br');
    expect(point?.node).toBe(br?.parentNode);
    expect(point?.offset).toBe(0);
  });

  it('maps an element position to the offset of the child it points before', () => {
    const root = box('<div>ab</div><div>cd</div>');
    const snap = readRichText(root, MASKS);
    const second = root.children[1] as HTMLElement;
    expect(pointToOffset(snap, second, 0)).toBe(3);
    expect(pointToOffset(snap, root, 2)).toBe(5);
  });
});
