import { editorContract } from './contract.ts';

editorContract('Gmail composer (contenteditable)', {
  page: 'gmail.html',
  box: '#\\:r1',
  index: 0,
  customerReportsProblem: true,
  masked: '.gmail_quote, .gmail_signature, .gmail_signature_prefix',
});
