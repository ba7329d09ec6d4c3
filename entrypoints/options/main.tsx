import { createRoot } from 'react-dom/client';
import { OptionsApp } from '../../components/options/OptionsApp.tsx';
import { createOptionsApi } from '../../components/options/options-api.ts';
import { localizePage } from '../../i18n/page.ts';
import './options.css';

localizePage('options_pageTitle');
const root = document.getElementById('root');
if (root) createRoot(root).render(<OptionsApp api={createOptionsApi()} />);
