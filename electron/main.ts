import { app } from 'electron';
import { startMainProcess } from './main-process';

// Entry of dist-electron/main.cjs (package.json "main"). A failure to start is fatal: a shell
// without its guards must not show the app.
startMainProcess(process.env).catch((error: unknown) => {
  console.error('[lianxin] failed to start:', error);
  app.exit(1);
});
