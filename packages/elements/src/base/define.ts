import { VERSION } from '../version.js';

/** Constructors registered through defineElement carry the kit version that defined them. */
export interface VersionedConstructor extends CustomElementConstructor {
  passerelleVersion?: string;
}

const warned = new Set<string>();

/**
 * Registers `tag` once, whatever the number of Passerelle bundles on the page.
 * Same version already there: nothing happens. Another version: one console warning naming both,
 * and the first definition stays (the registry cannot be changed). Never throws.
 * Returns the constructor that owns the tag.
 */
export function defineElement(
  tag: string,
  ctor: CustomElementConstructor,
): CustomElementConstructor | undefined {
  if (typeof customElements === 'undefined') return undefined;
  const versioned = ctor as VersionedConstructor;
  if (!Object.hasOwn(versioned, 'passerelleVersion')) {
    try {
      Object.defineProperty(versioned, 'passerelleVersion', { value: VERSION, configurable: true });
    } catch {
      // A frozen constructor still registers; it just cannot tell its version.
    }
  }
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (existing) {
    if (existing === ctor) return existing;
    const theirs = existing.passerelleVersion ?? 'inconnue';
    const ours = versioned.passerelleVersion ?? VERSION;
    if (theirs !== ours && !warned.has(`${tag}|${theirs}|${ours}`)) {
      warned.add(`${tag}|${theirs}|${ours}`);
      console.warn(
        `[Passerelle] <${tag}> est déjà défini par la version ${theirs} ; la version ${ours} ne le remplace pas. ` +
          'Chargez une seule version du script Passerelle sur la page.',
      );
    }
    return existing;
  }
  try {
    customElements.define(tag, ctor);
    return ctor;
  } catch (e) {
    // Invalid tag name, or the same constructor under another tag: report, do not break the host page.
    console.warn(`[Passerelle] impossible de définir <${tag}> : ${(e as Error).message}`);
    return customElements.get(tag);
  }
}
