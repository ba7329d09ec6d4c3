import { editorContract } from './contract.ts';

editorContract('plain contenteditable', {
  page: 'contenteditable.html',
  box: '#reply',
  index: 0,
  masked: 'blockquote',
});
