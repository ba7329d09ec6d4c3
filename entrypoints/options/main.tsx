import { createRoot } from 'react-dom/client';
import { OptionsApp } from '../../components/options/OptionsApp.tsx';
import { starterRulebook } from '../../rules/index.ts';
import { getDb } from '../../storage/open.ts';
import { createOptionsApi } from '../../storage/options-api.ts';
import './options.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<OptionsApp api={createOptionsApi(getDb(), starterRulebook)} />);
