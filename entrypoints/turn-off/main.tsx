import { createRoot } from 'react-dom/client';
import { ConfirmTurnOff } from '../../components/turn-off/ConfirmTurnOff.tsx';
import { localizePage } from '../../i18n/page.ts';
import '../welcome/welcome.css';

localizePage('turnOff_title');
const root = document.getElementById('root');
const ruleId = new URLSearchParams(location.search).get('rule') ?? '';
if (root) createRoot(root).render(<ConfirmTurnOff ruleId={ruleId} />);
