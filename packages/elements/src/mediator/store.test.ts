import { describe, expect, it } from 'vitest';
import { mergeFollowUp } from './model.js';
import {
  BilanStore,
  cleanLabel,
  MAX_BILANS,
  memoryBackend,
  type KeyValueBackend,
  StorageProblem,
} from './store.js';

const DAY = 86_400_000;

function clock(start = '2026-12-03T10:00:00Z') {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance: (days: number) => {
      t += days * DAY;
    },
  };
}

describe('BilanStore', () => {
  it('creates, lists, continues, duplicates and deletes bilans, each intact', async () => {
    const c = clock();
    const store = new BilanStore<{ answers: Record<string, string> }>(memoryBackend(), { now: c.now });
    const a = await store.create('  A. B.  ', { answers: { age: '34' } });
    c.advance(0.01);
    const b = await store.create('12', { answers: { age: '71' } });
    expect(a.label).toBe('A. B.');
    expect((await store.list()).map((s) => s.label)).toEqual(['12', 'A. B.']);
    await store.save({
      ...a,
      themesDone: ['famille'],
      toOpen: ['rsa'],
      followUp: { rsa: { reason: 'non-connaissance', help: 'accompagnement-social' } },
      state: { answers: { age: '35' } },
    });
    expect((await store.get(a.id))?.state.answers.age).toBe('35');
    expect((await store.get(b.id))?.state.answers.age).toBe('71');
    const copy = await store.duplicate(a.id);
    expect(copy?.label).toBe('A. B. (copie)');
    expect(copy?.id).not.toBe(a.id);
    expect(copy?.followUp.rsa?.reason).toBe('non-connaissance');
    await store.remove(a.id);
    expect((await store.list()).map((s) => s.label).sort()).toEqual(['12', 'A. B. (copie)']);
    await store.removeAll();
    expect(await store.list()).toEqual([]);
  });

  it('gives an empty label a dated default and never keeps more than 40 characters', () => {
    expect(cleanLabel('', new Date('2026-12-03T10:00:00Z'))).toBe('Bilan du 03/12/2026');
    expect(cleanLabel('x'.repeat(60), new Date())).toHaveLength(40);
  });

  it('deletes a bilan once the retention period has passed since its last change', async () => {
    const c = clock();
    const backend = memoryBackend();
    const store = new BilanStore(backend, { now: c.now, retentionDays: 7 });
    const old = await store.create('old', {});
    c.advance(5);
    const recent = await store.create('recent', {});
    c.advance(3);
    expect((await store.list()).map((s) => s.id)).toEqual([recent.id]);
    expect(await backend.get(old.id)).toBeUndefined();
    expect(await store.get(old.id)).toBeUndefined();
    c.advance(5);
    expect(await store.purgeExpired()).toBe(1);
  });

  it('defaults to 30 days and ignores a retention that is not a positive number', () => {
    expect(new BilanStore(memoryBackend()).retentionDays).toBe(30);
    expect(new BilanStore(memoryBackend(), { retentionDays: -2 }).retentionDays).toBe(30);
    expect(new BilanStore(memoryBackend(), { retentionDays: Number.NaN }).retentionDays).toBe(30);
  });

  it('says in French when storage is refused or full', async () => {
    const refused: KeyValueBackend = {
      ...memoryBackend(),
      set: async () => {
        throw Object.assign(new Error('blocked'), { name: 'InvalidStateError' });
      },
    };
    const full: KeyValueBackend = {
      ...memoryBackend(),
      set: async () => {
        throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      },
    };
    const e1 = await new BilanStore(refused).create('A', {}).catch((e) => e);
    expect(e1).toBeInstanceOf(StorageProblem);
    expect(e1.code).toBe('unavailable');
    expect(e1.message).toMatch(/navigation privée.*Le bilan continue/);
    const e2 = await new BilanStore(full).create('A', {}).catch((e) => e);
    expect(e2.code).toBe('full');
    expect(e2.message).toMatch(/mémoire de cet appareil est pleine/);
  });

  it(`refuses a new bilan beyond ${MAX_BILANS}, with the "full" message`, async () => {
    const backend = memoryBackend();
    const store = new BilanStore(backend);
    const now = new Date().toISOString();
    for (let i = 0; i < MAX_BILANS; i++)
      await backend.set(`b${i}`, { id: `b${i}`, label: `${i}`, createdAt: now, updatedAt: now, state: {} });
    await expect(store.create('one more', {})).rejects.toMatchObject({ code: 'full' });
  });

  it('drops unreadable records and unknown follow-up values read back from storage', async () => {
    const backend = memoryBackend();
    const now = new Date().toISOString();
    await backend.set('junk', { hello: 1 });
    await backend.set('ok', {
      id: 'ok',
      label: 'ok',
      createdAt: now,
      updatedAt: now,
      followUp: { rsa: { reason: 'paresse', help: 'autonome', reasonNote: 'x' } },
      state: {},
    });
    const store = new BilanStore(backend);
    expect((await store.list()).map((s) => s.id)).toEqual(['ok']);
    expect((await store.get('ok'))?.followUp.rsa).toEqual({ help: 'autonome' });
  });
});

describe('mergeFollowUp', () => {
  const partner = { id: 'p', name: 'CCAS' };
  it('drops the note without "autre", the partner when the help changes, and cleared values', () => {
    expect(mergeFollowUp({ reason: 'autre', reasonNote: 'x' }, { reason: 'non-demande' })).toEqual({
      reason: 'non-demande',
    });
    expect(
      mergeFollowUp({ help: 'accompagnement-social', partner }, { help: 'mediateur-numerique' }),
    ).toEqual({ help: 'mediateur-numerique' });
    expect(mergeFollowUp({ help: 'accompagnement-social', partner }, { help: undefined })).toEqual({});
    expect(mergeFollowUp({ help: 'accompagnement-social', partner }, { reason: 'non-connaissance' })).toEqual(
      { help: 'accompagnement-social', partner, reason: 'non-connaissance' },
    );
  });
});
