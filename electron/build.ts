import path from 'node:path';
import { bundleElectron } from './bundle';

// `npm run build:electron`: writes dist-electron/main.cjs and dist-electron/preload.cjs.
const root = process.cwd();
const { main, preload } = await bundleElectron(path.join(root, 'dist-electron'), root);
console.log(`built ${path.relative(root, main)} and ${path.relative(root, preload)}`);
