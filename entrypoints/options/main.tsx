import { createRoot } from 'react-dom/client';
import { OptionsApp } from '../../components/options/OptionsApp.tsx';
import { createOptionsApi } from '../../components/options/options-api.ts';
import './options.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<OptionsApp api={createOptionsApi()} />);
