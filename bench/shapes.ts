/**
 * Reply shapes that once made the engine superlinear (issue 13): a short reply above a long quoted history,
 * a signature followed by a long run of spaces, a reply ending in "this is" and a run of spaces, and ordinary
 * prose. Shared by the E6 benchmark and the linear-time tests.
 */
import { replyOfLength } from './engine.ts';

const REPLY =
  "Hi Sam,\n\nThanks for your patience. I've checked the order and the courier has it; you'll get tracking today.\n\n";

const QUOTED_MESSAGE = [
  'On Tue, 3 May 2022 at 10:04, Sam Jones <sam@example.com> wrote:',
  '> My parcel still has not arrived and this is the third time I have asked.',
  '> Your problem is that nobody reads the emails, as I already told you.',
  '> ',
];

export type ShapeName = 'quoted-history' | 'signature-then-spaces' | 'ends-in-this-is-then-spaces' | 'prose';

export const SHAPES: ShapeName[] = ['quoted-history', 'signature-then-spaces', 'ends-in-this-is-then-spaces', 'prose'];

export function shapeOfLength(shape: ShapeName, chars: number): string {
  switch (shape) {
    case 'quoted-history': {
      const message = `${QUOTED_MESSAGE.join('\n')}\n`;
      const copies = Math.ceil(Math.max(0, chars - REPLY.length) / message.length);
      return (REPLY + message.repeat(copies)).slice(0, chars);
    }
    case 'signature-then-spaces': {
      const head = `${REPLY}-- \nSam from Support\n`;
      return head + ' '.repeat(Math.max(0, chars - head.length));
    }
    case 'ends-in-this-is-then-spaces': {
      const head = `${REPLY}I know this is`;
      return head + ' '.repeat(Math.max(0, chars - head.length));
    }
    case 'prose':
      return replyOfLength(chars, 7);
  }
}
