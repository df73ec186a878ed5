// A bilan's answers as a short text that travels in a URL fragment (`#passerelle-bilan=1.…`), a QR code
// or a downloaded file, and comes back: JSON, compressed by the browser (zlib: its checksum catches a
// changed character), in base64url, behind a version number. Fragments are never sent to a server.

/** Version of the payload format; a reader refuses other versions with a clear message. */
export const PAYLOAD_VERSION = 1;
/** Name of the fragment parameter and of the downloaded file's meta tag. */
export const PAYLOAD_NAME = 'passerelle-bilan';

type Answer = string | number | boolean | string[];

const FOLLOW_UP_STATES = ['open', 'to_open', 'oriented', 'not_concerned'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

/** What a bilan needs to be rebuilt: the results follow from the answers and the month evaluated. */
export interface BilanPayload {
  /** Month evaluated, YYYY-MM: the same month gives the same results anywhere. */
  month: string;
  mode: 'public' | 'accompagnement';
  themes: string[];
  answers: Record<string, Answer>;
  /** The life event chosen on the start screen: the results keep its order (an unknown one is dropped). */
  lifeEvent?: string;
  /** Mediator's follow-up per right (files only: a link or QR code leaves it out). */
  checklist?: Record<string, { state: FollowUpState; orientedTo: string; note: string }>;
}

/** Why a payload could not be read: another version, or damaged text (the screen words each, see messages). */
export class PayloadError extends Error {
  constructor(readonly reason: 'version' | 'damaged') {
    super(reason === 'version' ? 'bilan payload of another version' : 'bilan payload damaged');
    this.name = 'PayloadError';
  }
}

async function pipe(bytes: Uint8Array, stream: GenericTransformStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream as TransformStream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) throw new Error('not base64url');
  const s = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/** `1.<base64url of deflated JSON>`. */
export async function encodePayload(p: BilanPayload): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(p));
  return `${PAYLOAD_VERSION}.${toBase64Url(await pipe(json, new CompressionStream('deflate')))}`;
}

const isAnswer = (v: unknown): v is Answer =>
  typeof v === 'string' ||
  typeof v === 'boolean' ||
  (typeof v === 'number' && Number.isFinite(v)) ||
  (Array.isArray(v) && v.every((x) => typeof x === 'string'));

function check(value: unknown): BilanPayload {
  const p = value as BilanPayload;
  const ok =
    !!p &&
    typeof p === 'object' &&
    /^\d{4}-(0[1-9]|1[0-2])$/.test(p.month) &&
    (p.mode === 'public' || p.mode === 'accompagnement') &&
    Array.isArray(p.themes) &&
    p.themes.every((t) => typeof t === 'string') &&
    !!p.answers &&
    typeof p.answers === 'object' &&
    Object.values(p.answers).every(isAnswer) &&
    (p.lifeEvent === undefined || typeof p.lifeEvent === 'string') &&
    (p.checklist === undefined ||
      Object.values(p.checklist).every(
        (c) =>
          !!c &&
          (FOLLOW_UP_STATES as readonly string[]).includes(c.state) &&
          typeof c.orientedTo === 'string' &&
          typeof c.note === 'string',
      ));
  if (!ok) throw new PayloadError('damaged');
  return p;
}

/** Reads `1.…`; throws a PayloadError for another version or damaged text. */
export async function decodePayload(text: string): Promise<BilanPayload> {
  const m = /^(\d+)\.(.*)$/s.exec(text.trim());
  if (!m) throw new PayloadError('damaged');
  if (Number(m[1]) !== PAYLOAD_VERSION) throw new PayloadError('version');
  let json: unknown;
  try {
    json = JSON.parse(
      new TextDecoder().decode(await pipe(fromBase64Url(m[2] as string), new DecompressionStream('deflate'))),
    );
  } catch {
    throw new PayloadError('damaged');
  }
  return check(json);
}

/** The payload text of a URL fragment (`#passerelle-bilan=…`), or null when it holds none. */
export function payloadFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(PAYLOAD_NAME);
}

/** `page` with the payload as its fragment (any previous fragment replaced). */
export function linkWithPayload(page: string, payload: string): string {
  return `${page.replace(/#.*$/, '')}#${PAYLOAD_NAME}=${payload}`;
}

/** The payload text of a downloaded bilan file (its meta tag), or null when the file is not one. */
export function payloadFromFile(html: string): string | null {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return doc.querySelector(`meta[name="${PAYLOAD_NAME}"]`)?.getAttribute('content') ?? null;
}
