import { editorContract } from './contract.ts';

editorContract('Zendesk reply (CKEditor 5)', {
  page: 'zendesk.html',
  box: '[data-entity-is-selected="true"] [data-test-id="omnicomposer-rich-text-ckeditor"]',
  index: 0,
  customerReportsProblem: true,
});
