import { editorContract } from './contract.ts';

// TinyMCE edits <body id="tinymce"> inside its own iframe; the content script runs in that frame too.
editorContract('TinyMCE (iframe)', { page: 'tinymce.html', frame: 'iframe#editor_ifr', box: 'body#tinymce' });
