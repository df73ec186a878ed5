// Validates a local aids file: every error comes back with its path, the good aids are kept.
import type { core } from 'zod/mini';
import { type LocalAid, type LocalAidsFile, localAidSchema, localAidsFileSchema } from './schema.js';

export interface LocalAidsError {
  /** Where the problem is, e.g. `aids[2].conditions.age.min`. */
  path: string;
  message: string;
}

export interface ParsedLocalAids {
  /** The file with the aids that passed; null when the file itself cannot be used. */
  file: LocalAidsFile | null;
  /** Shortcut to file.aids (empty when the file is unusable). */
  aids: LocalAid[];
  errors: LocalAidsError[];
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

function issues(error: core.$ZodError, prefix: readonly PropertyKey[]): LocalAidsError[] {
  return error.issues.map((i) => ({
    path: formatPath([...prefix, ...i.path]) || '(file)',
    message: i.message,
  }));
}

/**
 * Reads a local aids file (JSON text or an already parsed value). Never throws: a bad aid is dropped with
 * its errors, the others are kept, so the national questionnaire and the good aids keep working.
 */
export function parseLocalAids(input: unknown): ParsedLocalAids {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      return {
        file: null,
        aids: [],
        errors: [{ path: '(file)', message: `not valid JSON: ${(error as Error).message}` }],
      };
    }
  }
  const head = localAidsFileSchema.safeParse(data);
  if (!head.success) {
    // Still report the problems inside the aids, so one pass gives the whole list to fix.
    const rawAids = (data as { aids?: unknown })?.aids;
    const inner = Array.isArray(rawAids)
      ? rawAids.flatMap((a, i) => {
          const r = localAidSchema.safeParse(a);
          return r.success ? [] : issues(r.error, ['aids', i]);
        })
      : [];
    return { file: null, aids: [], errors: [...issues(head.error, []), ...inner] };
  }
  const errors: LocalAidsError[] = [];
  const aids: LocalAid[] = [];
  const seen = new Set<string>();
  head.data.aids.forEach((raw, i) => {
    const r = localAidSchema.safeParse(raw);
    if (!r.success) {
      errors.push(...issues(r.error, ['aids', i]));
      return;
    }
    if (seen.has(r.data.id)) {
      errors.push({
        path: `aids[${i}].id`,
        message: `duplicate aid id "${r.data.id}": give each aid its own id`,
      });
      return;
    }
    seen.add(r.data.id);
    aids.push(r.data);
  });
  const file: LocalAidsFile = {
    source: head.data.source,
    publisher: head.data.publisher,
    ...(head.data.updatedOn ? { updatedOn: head.data.updatedOn } : {}),
    aids,
  };
  return { file, aids, errors };
}

/** One line per error, for the console of the host page. */
export function formatLocalAidsErrors(errors: readonly LocalAidsError[]): string {
  return errors.map((e) => `${e.path}: ${e.message}`).join('\n');
}
