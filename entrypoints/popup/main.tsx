import { createRoot } from 'react-dom/client';
import { localizePage } from '../../i18n/page.ts';
import { Popup } from './Popup.tsx';
import './popup.css';

localizePage('extName');
const root = document.getElementById('root');
if (root) createRoot(root).render(<Popup />);
