import { createRoot } from 'react-dom/client';
import { Welcome } from '../../components/welcome/Welcome.tsx';
import './welcome.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<Welcome />);
