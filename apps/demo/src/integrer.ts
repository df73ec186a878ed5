// "Intégrer Passerelle": the snippet builder. A webmaster picks widget, mode, commune, colours, language and
// data URLs; the page shows the real widget live, checks colour contrast with @passerelle/tokens and gives
// HTML and CSS to copy. Pure functions first (tested in Node), DOM wiring below.
import {
  baseTokens,
  type ContrastFailure,
  checkTheme,
  cssVar,
  hoverShade,
  nearestPassing,
  parseColor,
  resolveTheme,
  THEME_NAMES,
  type TokenName,
  themes,
  toHex,
} from '@passerelle/tokens';
import { ATTRIBUTES, type WidgetTag } from './attributes.js';

export interface BuilderState {
  widget: WidgetTag;
  mode: 'public' | 'accompagnement';
  commune: string;
  lang: '' | 'fr' | 'en' | 'ar';
  kitUrl: string;
  localAidsUrl: string;
  partnersUrl: string;
  communesUrl: string;
  contactUrl: string;
  theme: string;
  colors: Partial<Record<TokenName, string>>;
  /** The page always shows this widget: start downloading it from the page's head (issue 17). */
  preload?: boolean;
}

export const COLOR_FIELDS: ReadonlyArray<{ token: TokenName; label: string }> = [
  { token: 'color-action', label: 'Boutons et liens' },
  { token: 'color-action-hover', label: 'Boutons et liens survolés' },
  { token: 'color-on-action', label: 'Texte sur les boutons' },
  { token: 'color-text', label: 'Texte' },
  { token: 'color-background', label: 'Fond' },
  { token: 'color-focus', label: 'Contour du focus clavier' },
];

const escapeAttr = (v: string) =>
  v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Checks one field; returns a French message saying how to fix it, or '' when the value is fine. */
export function validate(
  field: 'commune' | 'kitUrl' | 'dataUrl' | 'contactUrl' | 'color',
  value: string,
): string {
  const v = value.trim();
  if (field === 'commune') {
    if (!v) return '';
    if (/^\d{5}$/.test(v) || /^2[AB]\d{3}$/i.test(v)) return '';
    return 'Le code INSEE a 5 caractères (par exemple 94028, ou 2A004 en Corse). Ce n’est pas le code postal : cherchez-le sur la fiche de votre commune à l’INSEE.';
  }
  if (field === 'color') {
    return parseColor(v) ? '' : 'Écrivez la couleur en hexadécimal, par exemple #0b6e69.';
  }
  if (!v) {
    if (field === 'dataUrl') return '';
    return field === 'kitUrl'
      ? 'Indiquez l’adresse du fichier passerelle.js, par exemple /passerelle/passerelle.js.'
      : 'Indiquez la page de contact, par exemple /contact.html.';
  }
  if (/^\s*(javascript|data|vbscript):/i.test(v))
    return 'Cette adresse n’est pas autorisée : donnez un chemin (/…) ou une adresse https://.';
  if (/^http:\/\//i.test(v))
    return 'Utilisez une adresse en https:// : le navigateur bloque les fichiers en http sur un site en https.';
  if (!/^(\/|\.\.?\/|https:\/\/)/i.test(v) && !(field === 'contactUrl' && /^mailto:/i.test(v)))
    return 'Commencez l’adresse par / (fichier de votre site) ou par https://.';
  if (field === 'kitUrl' && !/\.m?js(\?.*)?$/i.test(v))
    return 'L’adresse du kit doit finir par passerelle.js.';
  return '';
}

/** Attributes of the widget tag, in a stable order. */
export function widgetAttributes(s: BuilderState): Array<[string, string]> {
  const attrs: Array<[string, string]> = [];
  const a = ATTRIBUTES[s.widget];
  if (s.widget === 'passerelle-questionnaire' && s.mode === 'accompagnement' && a.mode)
    attrs.push([a.mode, s.mode]);
  if (s.commune.trim() && a.commune && !validate('commune', s.commune))
    attrs.push([a.commune, s.commune.trim().toUpperCase()]);
  if (a.localAidsUrl && s.localAidsUrl.trim()) attrs.push([a.localAidsUrl, s.localAidsUrl.trim()]);
  if (a.partnersUrl && s.partnersUrl.trim()) attrs.push([a.partnersUrl, s.partnersUrl.trim()]);
  if (a.communesUrl && s.communesUrl.trim()) attrs.push([a.communesUrl, s.communesUrl.trim()]);
  if (s.lang) attrs.push(['lang', s.lang]);
  if (s.lang === 'ar') attrs.push(['dir', 'rtl']);
  return attrs;
}

const NOSCRIPT: Record<WidgetTag, string> = {
  'passerelle-questionnaire': 'Le bilan d’accès aux droits a besoin de JavaScript.',
  'passerelle-partner-finder': 'La recherche de lieux d’aide a besoin de JavaScript.',
  'passerelle-falc': 'Les explications en facile à lire ont besoin de JavaScript.',
};

/** The HTML a webmaster pastes: the script tag, the widget tag and a <noscript> link to the contact page. */
export function snippetHtml(s: BuilderState): string {
  const attrs = widgetAttributes(s)
    .map(([k, v]) => `\n  ${k}="${escapeAttr(v)}"`)
    .join('');
  const close = attrs ? '\n>' : '>';
  return `<script type="module" src="${escapeAttr(s.kitUrl.trim())}"></script>
<${s.widget}${attrs}${close}</${s.widget}>
<noscript>
  <p>
    ${NOSCRIPT[s.widget]}
    <a href="${escapeAttr(s.contactUrl.trim())}">Contactez-nous</a> : nous faisons le point avec vous.
  </p>
</noscript>
`;
}

/** The widget's entry file, beside passerelle.js: its name does not change from one version of the kit to the next. */
const ENTRY: Record<WidgetTag, string> = {
  'passerelle-questionnaire': 'questionnaire.js',
  'passerelle-partner-finder': 'partner-finder.js',
  'passerelle-falc': 'falc.js',
};

/**
 * What the webmaster may paste into the page's <head> when the page always shows the widget: the loader and the
 * widget's entry start downloading while the rest of the page is read, instead of when the browser reaches the
 * script tag. Only these two files: the others have a version-dependent name, which the loader knows.
 */
export function snippetHead(s: BuilderState): string {
  if (!s.preload) return '';
  const kit = s.kitUrl.trim();
  const entry = kit.replace(/[^/?#]*([?#].*)?$/, ENTRY[s.widget]);
  return `<link rel="modulepreload" href="${escapeAttr(kit)}" />
<link rel="modulepreload" href="${escapeAttr(entry)}" />
`;
}

/** Token values the snippet sets: the theme's overrides, then the colours changed by hand. */
export function customTokens(s: BuilderState): Partial<Record<TokenName, string>> {
  const base = resolveTheme(s.theme);
  const out: Partial<Record<TokenName, string>> = {};
  for (const [name, value] of Object.entries(base) as Array<[TokenName, string]>)
    if (value !== baseTokens[name]) out[name] = value;
  for (const [name, value] of Object.entries(s.colors) as Array<[TokenName, string]>)
    if (value && parseColor(value) && value.toLowerCase() !== baseTokens[name].toLowerCase())
      out[name] = value;
    else if (value && parseColor(value)) delete out[name];
  return out;
}

/** CSS for the host's stylesheet, or '' when nothing differs from the defaults. */
export function snippetCss(s: BuilderState): string {
  const tokens = customTokens(s);
  const names = Object.keys(tokens) as TokenName[];
  if (names.length === 0) return '';
  const lines = names.map((n) => `  ${cssVar(n)}: ${String(tokens[n]).replace(/[{};<>]/g, '')};`);
  return `/* Couleurs de Passerelle, à ajouter à la feuille de style de votre site. */\n${s.widget} {\n${lines.join('\n')}\n}\n`;
}

export interface ContrastReport {
  ok: boolean;
  checked: number;
  failures: ContrastFailure[];
  invalid: string[];
}

export function contrastReport(s: BuilderState): ContrastReport {
  // Unreadable colours go through too, so checkTheme names them.
  const typed = Object.fromEntries(Object.entries(s.colors).filter(([, v]) => v && !parseColor(v)));
  const values = { ...resolveTheme(s.theme), ...customTokens(s), ...typed };
  const result = checkTheme(values);
  return {
    ok: result.ok,
    checked: result.checked,
    failures: result.failures,
    invalid: result.invalid.map((i) => i.message),
  };
}

const ratio = (n: number) => n.toLocaleString('fr-FR', { maximumFractionDigits: 2 });

export function contrastSummary(r: ContrastReport): string {
  if (r.invalid.length) return 'Une couleur n’est pas lisible : corrigez-la pour vérifier les contrastes.';
  if (r.ok) return `Toutes les couleurs sont assez contrastées (${r.checked} combinaisons vérifiées).`;
  const n = r.failures.length;
  return `${n} combinaison${n > 1 ? 's ne sont' : ' n’est'} pas assez contrastée${n > 1 ? 's' : ''} : le widget serait difficile à lire.`;
}

export function failureText(f: ContrastFailure): string {
  return `${f.usage[0]?.toUpperCase()}${f.usage.slice(1)} (${f.foregroundValue} sur ${f.backgroundValue}) : ${ratio(f.ratio)}:1, il faut au moins ${ratio(f.required)}:1.`;
}

export interface ContrastFix {
  token: TokenName;
  /** The colour field's label, as the form shows it. */
  label: string;
  value: string;
  /** French, e.g. "Essayez #0a5f5a pour « Boutons et liens »". */
  text: string;
}

/**
 * The smallest change that makes a failing pair pass: the colour the webmaster changed (the foreground
 * when both or neither were), darkened or lightened just enough against the other one.
 */
export function contrastFix(s: BuilderState, f: ContrastFailure): ContrastFix {
  const custom = customTokens(s);
  const changeBackground = !(f.foreground in custom) && f.background in custom;
  const token = changeBackground ? f.background : f.foreground;
  const value = changeBackground
    ? nearestPassing(f.backgroundValue, f.foregroundValue, f.required)
    : nearestPassing(f.foregroundValue, f.backgroundValue, f.required);
  const label = COLOR_FIELDS.find((c) => c.token === token)?.label ?? token;
  return {
    token,
    label,
    value,
    text: `Essayez ${value} pour « ${label} », la couleur la plus proche qui passe.`,
  };
}

/** After the action colour changed: the hover shade that follows it, unless the hover was set by hand. */
export function followingHover(s: BuilderState, hoverSetByHand: boolean): string | null {
  const action = s.colors['color-action'];
  if (hoverSetByHand || !action || !parseColor(action)) return null;
  const background = resolveTheme(s.theme)['color-background'];
  return hoverShade(action, background);
}

// ---------------------------------------------------------------------------------------------- DOM wiring

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`integrer.ts: #${id} is missing from the page.`);
  return el as T;
}

function startBuilder() {
  const form = byId<HTMLFormElement>('constructeur');
  const preview = byId<HTMLDivElement>('apercu');
  const htmlOut = byId<HTMLTextAreaElement>('code-html');
  const cssOut = byId<HTMLTextAreaElement>('code-css');
  const cssBlock = byId<HTMLDivElement>('bloc-css');
  const headOut = byId<HTMLTextAreaElement>('code-head');
  const headBlock = byId<HTMLDivElement>('bloc-head');
  const status = byId<HTMLParagraphElement>('statut');
  const themeSelect = byId<HTMLSelectElement>('theme');
  const colorsBox = byId<HTMLDivElement>('champs-couleurs');
  const summary = byId<HTMLParagraphElement>('contraste-resume');
  const details = byId<HTMLUListElement>('contraste-details');
  summary.setAttribute('aria-live', 'polite');

  for (const name of THEME_NAMES) themeSelect.add(new Option(themes[name].label, name));

  const colorInputs = new Map<
    TokenName,
    { text: HTMLInputElement; picker: HTMLInputElement; error: HTMLElement }
  >();
  for (const field of COLOR_FIELDS) {
    const id = `couleur-${field.token}`;
    const wrap = document.createElement('div');
    wrap.className = 'champ couleur';
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = field.label;
    const text = document.createElement('input');
    Object.assign(text, { type: 'text', id, name: id, spellcheck: false, autocomplete: 'off' });
    text.setAttribute('aria-describedby', `${id}-erreur`);
    const picker = document.createElement('input');
    picker.type = 'color';
    picker.id = `${id}-nuancier`;
    picker.setAttribute('aria-label', `Nuancier : ${field.label}`);
    picker.title = `Nuancier : ${field.label}`;
    const error = document.createElement('span');
    error.className = 'champ__erreur';
    error.id = `${id}-erreur`;
    wrap.append(label, text, picker, error);
    colorsBox.append(wrap);
    colorInputs.set(field.token, { text, picker, error });
    picker.addEventListener('input', () => {
      text.value = picker.value;
      touched(field.token);
      update();
    });
    text.addEventListener('input', () => touched(field.token));
  }

  // The hover colour follows the action colour until the webmaster sets it by hand.
  let hoverSetByHand = false;
  function touched(token: TokenName) {
    if (token === 'color-action-hover') hoverSetByHand = true;
    if (token !== 'color-action') return;
    const hover = followingHover(read(), hoverSetByHand);
    const inputs = colorInputs.get('color-action-hover');
    if (hover && inputs) inputs.text.value = hover;
  }

  const fillColors = () => {
    hoverSetByHand = false;
    const values = resolveTheme(themeSelect.value);
    for (const [token, inputs] of colorInputs) {
      inputs.text.value = values[token];
      const rgb = parseColor(values[token]);
      if (rgb) inputs.picker.value = toHex(rgb);
    }
  };

  const value = (name: string) =>
    (form.elements.namedItem(name) as HTMLInputElement | RadioNodeList | null)?.value ?? '';
  const read = (): BuilderState => {
    const colors: Partial<Record<TokenName, string>> = {};
    for (const [token, inputs] of colorInputs) colors[token] = inputs.text.value.trim();
    return {
      widget: value('widget') as WidgetTag,
      mode: value('mode') === 'accompagnement' ? 'accompagnement' : 'public',
      commune: value('commune'),
      lang: value('langue') as BuilderState['lang'],
      kitUrl: value('adresse-kit'),
      localAidsUrl: value('url-aides'),
      partnersUrl: value('url-lieux'),
      communesUrl: value('url-communes'),
      contactUrl: value('contact'),
      theme: themeSelect.value,
      colors,
      preload: (form.elements.namedItem('precharger') as HTMLInputElement | null)?.checked ?? false,
    };
  };

  const showError = (input: HTMLInputElement, error: HTMLElement, message: string) => {
    error.textContent = message;
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  };

  let shown: { tag: string; attrs: string } | null = null;
  let element: HTMLElement | null = null;
  const renderPreview = (s: BuilderState) => {
    const attrs = widgetAttributes(s);
    const key = JSON.stringify(attrs);
    if (!shown || shown.tag !== s.widget || shown.attrs !== key) {
      element = document.createElement(s.widget);
      for (const [k, v] of attrs) element.setAttribute(k, v);
      preview.replaceChildren(element);
      shown = { tag: s.widget, attrs: key };
      const kit = (window as { Passerelle?: { load(tag: string): Promise<void> } }).Passerelle;
      kit?.load(s.widget).catch(() => {
        const note = document.createElement('p');
        note.textContent =
          'Ce widget n’est pas encore disponible dans la version du kit installée sur ce site.';
        preview.replaceChildren(note);
        shown = null;
      });
    }
    // Custom properties through the CSSOM: allowed even under a strict CSP, unlike a style attribute.
    if (element) {
      for (const name of Object.keys(baseTokens) as TokenName[]) element.style.removeProperty(cssVar(name));
      for (const [name, v] of Object.entries(customTokens(s)))
        element.style.setProperty(cssVar(name as TokenName), v);
    }
  };

  const update = () => {
    const s = read();
    byId('groupe-mode').hidden = s.widget !== 'passerelle-questionnaire';
    for (const el of form.querySelectorAll<HTMLElement>('[data-pour]'))
      el.hidden = !(el.dataset.pour ?? '').split(' ').includes(s.widget);
    const checks: Array<[string, Parameters<typeof validate>[0]]> = [
      ['commune', 'commune'],
      ['adresse-kit', 'kitUrl'],
      ['url-aides', 'dataUrl'],
      ['url-lieux', 'dataUrl'],
      ['url-communes', 'dataUrl'],
      ['contact', 'contactUrl'],
    ];
    let valid = true;
    for (const [id, kind] of checks) {
      const input = byId<HTMLInputElement>(id);
      const message = validate(kind, input.value);
      showError(input, byId(`${id}-erreur`), message);
      if (message && !input.closest<HTMLElement>('[hidden]')) valid = false;
    }
    for (const [, inputs] of colorInputs) {
      const message = validate('color', inputs.text.value);
      showError(inputs.text, inputs.error, message);
      if (!message) inputs.picker.value = toHex(inputs.text.value);
      else valid = false;
    }
    const report = contrastReport(s);
    const text = contrastSummary(report);
    if (summary.textContent !== text) summary.textContent = text;
    summary.className = report.ok ? 'contraste__ok' : 'contraste__ko';
    details.replaceChildren(
      ...report.failures.map((f) => {
        const li = document.createElement('li');
        const fix = contrastFix(s, f);
        const apply = document.createElement('button');
        apply.type = 'button';
        apply.className = 'bouton bouton--secondaire';
        apply.textContent = `Utiliser ${fix.value}`;
        apply.setAttribute('aria-label', `Utiliser ${fix.value} pour « ${fix.label} »`);
        apply.addEventListener('click', () => {
          const inputs = colorInputs.get(fix.token);
          if (!inputs) return;
          inputs.text.value = fix.value;
          touched(fix.token);
          update();
          inputs.text.focus();
        });
        li.append(`${failureText(f)} ${fix.text} `, apply);
        return li;
      }),
    );
    htmlOut.value = valid ? snippetHtml(s) : 'Corrigez les champs signalés pour obtenir le code.';
    const head = valid ? snippetHead(s) : '';
    headOut.value = head;
    headBlock.hidden = head === '';
    const css = snippetCss(s);
    cssOut.value = css;
    cssBlock.hidden = css === '';
    renderPreview(s);
  };

  const copy = async (area: HTMLTextAreaElement, what: string) => {
    status.textContent = '';
    try {
      await navigator.clipboard.writeText(area.value);
      status.textContent = `${what} copié dans le presse-papiers. Collez-le dans votre page.`;
    } catch {
      area.focus();
      area.select();
      status.textContent = `La copie automatique n’a pas marché : le ${what.toLowerCase()} est sélectionné, faites Ctrl+C (ou Cmd+C).`;
    }
  };
  byId('copier-html').addEventListener('click', () => copy(htmlOut, 'Code HTML'));
  byId('copier-css').addEventListener('click', () => copy(cssOut, 'Code CSS'));
  byId('copier-head').addEventListener('click', () => copy(headOut, 'Code pour l’en-tête'));

  themeSelect.addEventListener('change', () => {
    fillColors();
    update();
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', (event) => {
    if (event.target === themeSelect) return;
    clearTimeout(timer);
    // Typing in a text field waits a little so the preview does not restart on every key.
    timer = setTimeout(update, (event.target as HTMLElement).matches('input[type=text]') ? 250 : 0);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  fillColors();
  update();
}

if (typeof document !== 'undefined' && document.getElementById('constructeur')) startBuilder();
