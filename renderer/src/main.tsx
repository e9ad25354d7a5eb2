import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './app/global.css';
import { App } from './app/App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Excel support is a separate chunk loaded on first use. In a browser (no desktop bridge) fetch
// it soon after start, while the centre is reachable, so export and import still work if the
// station goes offline later in the session.
if (!window.lianxin) setTimeout(() => void import('exceljs').catch(() => undefined), 3000);
