// Keyboard shortcuts of the interview, for mediators who type fast. None needs a single letter (screen
// readers use those) and none replaces what the browser does with the same keys, except Ctrl+S (save
// the bilan here rather than the page). Listed on screen and in docs/guide-mediateur.md.
import { html, type TemplateResult } from 'lit';
import { deepActiveElement } from '../blocks/shared.js';
import { mediatorMessages } from './messages.js';
import type { MediatorHost } from './templates.js';

const FIELD = 'input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

export interface ShortcutActions {
  /** Theme sections of the interview, in order (each holds its questions). */
  sections: () => HTMLElement[];
  submit: () => void;
  save: () => void;
}

/** Moves focus to the first field of the next or previous theme section. */
function moveSection(root: Node, sections: HTMLElement[], step: 1 | -1): boolean {
  if (!sections.length) return false;
  const active = deepActiveElement(root as Document | ShadowRoot);
  const at = sections.findIndex((s) => active && s.contains(active));
  const next =
    sections[at < 0 ? (step > 0 ? 0 : sections.length - 1) : (at + step + sections.length) % sections.length];
  const field = next?.querySelector<HTMLElement>(FIELD);
  (field ?? next)?.focus();
  return !!next;
}

/** Handles one keydown of the interview; true when it was a shortcut (the event is then cancelled). */
export function handleShortcut(e: KeyboardEvent, root: ShadowRoot, a: ShortcutActions): boolean {
  const ctrl = e.ctrlKey || e.metaKey;
  let done = false;
  if (e.altKey && !ctrl && (e.key === 'ArrowDown' || e.key === 'ArrowUp'))
    done = moveSection(root, a.sections(), e.key === 'ArrowDown' ? 1 : -1);
  else if (ctrl && !e.altKey && e.key === 'Enter') {
    a.submit();
    done = true;
  } else if (ctrl && !e.altKey && (e.key === 's' || e.key === 'S')) {
    a.save();
    done = true;
  }
  if (done) e.preventDefault();
  return done;
}

export function shortcutsHelp(host: MediatorHost): TemplateResult {
  const m = (k: Parameters<typeof mediatorMessages.msg>[1]) => host.msg(mediatorMessages, k);
  return html`<details class="pm-shortcuts">
    <summary>${m('shortcutsTitle')}</summary>
    <dl>
      <dt><kbd>Alt</kbd> + <kbd>↓</kbd> / <kbd>↑</kbd></dt>
      <dd>${m('shortcutSection')}</dd>
      <dt><kbd>Ctrl</kbd> + <kbd>Entrée</kbd></dt>
      <dd>${m('shortcutSubmit')}</dd>
      <dt><kbd>Ctrl</kbd> + <kbd>S</kbd></dt>
      <dd>${m('shortcutSave')}</dd>
    </dl>
  </details>`;
}
