import { createRoot } from 'react-dom/client';
import { ConfirmTurnOff } from '../../components/turn-off/ConfirmTurnOff.tsx';
import '../welcome/welcome.css';

const root = document.getElementById('root');
const ruleId = new URLSearchParams(location.search).get('rule') ?? '';
if (root) createRoot(root).render(<ConfirmTurnOff ruleId={ruleId} />);
