import { editorContract } from './contract.ts';

editorContract('Lexical', { page: 'lexical.html', box: '#editor' });
