import { editorContract } from './contract.ts';

editorContract('plain <textarea>', { page: 'textarea.html', box: '#reply', index: 0 });
