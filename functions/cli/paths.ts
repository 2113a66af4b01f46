import { fileURLToPath } from 'node:url';

/** The project folder, whichever directory a command is started from. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const contentDir = `${projectRoot}content`;
