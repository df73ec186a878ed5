// `npm run bench` for @passerelle/elements: the rows of each widget's benchmark in one report.
import { join } from 'node:path';
import { writeBenchRows } from '@passerelle/testing/bench';
import { benchQuestionnaire } from './questionnaire.bench.ts';

const rows = [...(await benchQuestionnaire())];
writeBenchRows(join(import.meta.dirname, '..'), '@passerelle/elements', rows);
