import { editorContract } from './contract.ts';

editorContract('ProseMirror', { page: 'prosemirror.html', box: '.ProseMirror' });
