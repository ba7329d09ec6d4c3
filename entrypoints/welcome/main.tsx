import { createRoot } from 'react-dom/client';
import { Welcome } from '../../components/welcome/Welcome.tsx';
import { localizePage } from '../../i18n/page.ts';
import './welcome.css';

localizePage('welcome_pageTitle');
const root = document.getElementById('root');
if (root) createRoot(root).render(<Welcome />);
