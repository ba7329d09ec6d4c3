import { editorContract } from './contract.ts';

editorContract('Quill', { page: 'quill.html', box: '.ql-editor' });
