import { passerelleE2E } from '@passerelle/testing/playwright';

export default passerelleE2E({ port: 4174, command: 'node server.mjs --port 4174' });
