import { createRoot } from 'react-dom/client';

function Popup() {
  return <main><h1>Tactful</h1><p>Coaching is on for Gmail and Zendesk.</p></main>;
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Popup />);
