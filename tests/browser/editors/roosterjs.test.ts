import { editorContract } from './contract.ts';

editorContract('roosterjs (Outlook on the web)', { page: 'roosterjs.html', box: '#editor' });
