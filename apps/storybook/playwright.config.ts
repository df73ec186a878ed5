import { passerelleE2E } from '@passerelle/testing/playwright';

export default passerelleE2E({
  port: 6107,
  command: 'node ../demo/server.mjs --root storybook-static --port 6107',
});
