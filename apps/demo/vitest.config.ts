import { passerelleVitest } from '@passerelle/testing/vitest';

export default passerelleVitest();
