// State examples of every block family, shared by the per-family stories, the "Thèmes" story and the
// browser tests. Also the "Thèmes" story: every family in the four themes side by side.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { THEME_NAMES, themeStyleText, themes } from '@passerelle/tokens';
import { html } from 'lit';
import { type ChoiceOption, checkboxGroup, radioGroup } from './choice.js';
import { ComboboxController } from './combobox.js';
import { dateField, EMPTY_DATE, type DateParts } from './date.js';
import { type BlocksDemo, type DemoTemplate, demo, searchSampleCommunes } from './demo-host.stories.js';
import { ConfirmDialogController } from './dialog.js';
import { card, disclosure } from './card.js';
import { errorSummary } from './error-summary.js';
import { alert } from './feedback.js';
import { fieldset, hint, textField } from './field.js';
import { button } from './layout.js';
import { progress } from './progress.js';
import { statusRegion } from './status.js';
import { yesNo } from './yes-no.js';
import { moneyField } from './money.js';
import { parseMoney } from './parse.js';

export const STATES = ['empty', 'filled', 'focus', 'error', 'disabled', 'long', 'rtl', 'hostile'] as const;
export type StateName = (typeof STATES)[number];
export const FAMILIES = ['champs', 'choix', 'commune', 'messages', 'structure', 'dialogue'] as const;
export type Family = (typeof FAMILIES)[number];

const LONG =
  'Montant total des ressources perçues par toutes les personnes de votre foyer au cours des trois derniers mois, y compris les pensions alimentaires et les indemnités journalières';

/** Picks the French, long French or Arabic wording for a state. */
const w = (state: StateName, fr: string, ar: string, long = `${fr} — ${LONG}`) =>
  state === 'rtl' ? ar : state === 'long' ? long : fr;

const filled = (s: StateName) => s !== 'empty';

const champs =
  (s: StateName): DemoTemplate =>
  (h) => {
    const err = s === 'error';
    const dis = s === 'disabled';
    return html`${textField(h, {
      id: 'nom',
      label: w(s, 'Nom de famille', 'اسم العائلة'),
      hint: w(s, 'Tel qu’écrit sur votre carte d’identité.', 'كما هو مكتوب في بطاقة هويتك.'),
      required: true,
      autocomplete: 'family-name',
      value: h.get(
        'nom',
        filled(s) && !err ? w(s, 'Martin-Lefèvre', 'بن علي', 'Martin-Lefèvre de la Tour d’Auvergne') : '',
      ),
      error: err ? 'Remplissez le champ « Nom de famille ».' : undefined,
      disabled: dis,
      onInput: (v) => h.set('nom', v),
    })}
  ${moneyField(h, {
    id: 'loyer',
    label: w(s, 'Loyer du mois, sans les charges', 'الإيجار الشهري بدون الرسوم'),
    value: h.get('loyer', filled(s) ? (err ? '12O0,5' : '1 200,50') : ''),
    error: err ? 'Écrivez un montant en chiffres, par exemple 1 200,50 (sans lettres).' : undefined,
    disabled: dis,
    onInput: (v) => h.set('loyer', v),
    onCommit: (text) => {
      const r = parseMoney(text, h.locale);
      if (r.ok) h.set('loyer', r.display);
    },
  })}
  ${dateField(h, {
    id: 'naissance',
    label: w(s, 'Date de naissance', 'تاريخ الميلاد'),
    required: true,
    autocomplete: 'bday',
    value: h.get<DateParts>(
      'naissance',
      filled(s) ? { day: err ? '31' : '27', month: err ? '2' : '3', year: '1985' } : EMPTY_DATE,
    ),
    error: err ? 'Cette date n’existe pas : février 1985 n’a que 28 jours. Vérifiez le jour.' : undefined,
    errorField: err ? 'day' : undefined,
    disabled: dis,
    onInput: (v) => h.set('naissance', v),
  })}`;
  };

const SITUATIONS: ChoiceOption[] = [
  { value: 'seul', label: 'Je vis seul ou seule' },
  { value: 'couple', label: 'Je vis en couple' },
  { value: 'heberge', label: 'Je suis hébergé ou hébergée', hint: 'Chez un proche, sans payer de loyer.' },
];
const SITUATIONS_AR: ChoiceOption[] = [
  { value: 'seul', label: 'أعيش وحدي' },
  { value: 'couple', label: 'أعيش مع شريك' },
  { value: 'heberge', label: 'أسكن عند أحد', hint: 'عند قريب، بدون دفع إيجار.' },
];
const NEEDS: ChoiceOption[] = [
  { value: 'logement', label: 'Logement' },
  { value: 'sante', label: 'Santé' },
  { value: 'emploi', label: 'Emploi' },
];

const choix =
  (s: StateName): DemoTemplate =>
  (h) => {
    const err = s === 'error';
    const dis = s === 'disabled';
    const opts =
      s === 'rtl'
        ? SITUATIONS_AR
        : s === 'long'
          ? SITUATIONS.map((o) => ({
              ...o,
              label: `${o.label as string}, depuis plus de six mois, dans un logement que je ne partage avec personne d’autre`,
            }))
          : SITUATIONS;
    return html`${yesNo(h, {
      id: 'enfants',
      label: w(s, 'Avez-vous des enfants à charge ?', 'هل لديك أطفال تعيلهم؟'),
      required: true,
      dontKnow: true,
      value: h.get('enfants', filled(s) && !err ? 'oui' : ''),
      error: err ? 'Choisissez une réponse pour « Avez-vous des enfants à charge ? ».' : undefined,
      disabled: dis,
      onChange: (v) => h.set('enfants', v),
    })}
  ${radioGroup(h, {
    id: 'situation',
    label: w(s, 'Votre situation', 'وضعك'),
    hint: w(s, 'Une seule réponse.', 'جواب واحد فقط.'),
    required: true,
    options: opts,
    value: h.get('situation', filled(s) && !err ? 'couple' : ''),
    error: err ? 'Choisissez une réponse pour « Votre situation ».' : undefined,
    disabled: dis,
    onChange: (v) => h.set('situation', v),
  })}
  ${checkboxGroup(h, {
    id: 'besoins',
    label: w(s, 'Pour quoi cherchez-vous de l’aide ?', 'في أي مجال تبحث عن مساعدة؟'),
    hint: w(s, 'Cochez toutes les réponses utiles.', 'اختر كل الأجوبة المفيدة.'),
    options:
      s === 'rtl' ? NEEDS.map((o, i) => ({ ...o, label: ['السكن', 'الصحة', 'العمل'][i] ?? '' })) : NEEDS,
    values: h.get<string[]>('besoins', filled(s) && !err ? ['logement', 'emploi'] : []),
    error: err ? 'Cochez au moins une réponse pour « Pour quoi cherchez-vous de l’aide ? ».' : undefined,
    disabled: dis,
    onChange: (v) => h.set('besoins', v),
  })}`;
  };

const commune =
  (s: StateName): DemoTemplate =>
  (h) => {
    const c = h.use('commune', (host) => {
      const ctl = new ComboboxController(host, { search: searchSampleCommunes, debounceMs: 50 });
      if (filled(s) && s !== 'error') ctl.setValue({ id: '69259', label: 'Vénissieux' });
      if (s === 'error') ctl.query = 'Venisieu';
      return ctl;
    });
    return c.render({
      id: 'commune',
      label: w(s, 'Votre commune', 'بلديتك'),
      hint: w(s, 'Tapez les premières lettres ou le code postal.', 'اكتب الحروف الأولى أو الرمز البريدي.'),
      required: true,
      error: s === 'error' ? 'Choisissez une commune dans la liste des suggestions.' : undefined,
      disabled: s === 'disabled',
      onSelect: (o) => h.set('commune', o),
    });
  };

const messages =
  (s: StateName): DemoTemplate =>
  (h) =>
    html`${progress(h, {
      current: s === 'empty' ? 0 : 3,
      total: 7,
    })}
  ${
    s === 'error'
      ? errorSummary(h, {
          errors: [
            { id: 'demo-field', message: 'Remplissez le champ « Prénom ».' },
            { id: 'demo-field-2', message: 'Écrivez un montant en chiffres, par exemple 1 200,50.' },
          ],
        })
      : ''
  }
  ${alert(h, {
    tone: s === 'error' ? 'error' : 'info',
    heading: w(s, 'Bon à savoir', 'معلومة مفيدة'),
    content: w(
      s,
      'Vos réponses restent sur cet appareil. Rien n’est envoyé.',
      'تبقى أجوبتك على هذا الجهاز. لا يُرسل أي شيء.',
      `Vos réponses restent sur cet appareil. Rien n’est envoyé. ${LONG}.`,
    ),
  })}
  ${alert(h, { tone: 'success', content: w(s, 'Vos réponses sont enregistrées.', 'تم حفظ أجوبتك.') })}
  ${alert(h, {
    tone: 'warning',
    heading: w(s, 'Dossier incomplet', 'الملف غير مكتمل'),
    content: w(s, 'Il manque votre avis d’imposition.', 'ينقص إشعار الضريبة.'),
  })}
  ${textField(h, {
    id: 'demo-field',
    label: w(s, 'Prénom', 'الاسم'),
    value: '',
    error: s === 'error' ? 'Remplissez le champ « Prénom ».' : undefined,
    disabled: s === 'disabled',
    onInput: () => {},
  })}
  ${textField(h, {
    id: 'demo-field-2',
    label: w(s, 'Montant', 'المبلغ'),
    value: '',
    error: s === 'error' ? 'Écrivez un montant en chiffres, par exemple 1 200,50.' : undefined,
    disabled: s === 'disabled',
    onInput: () => {},
  })}
  ${statusRegion(
    s === 'empty' ? '' : w(s, '12 partenaires trouvés près de Vénissieux', '12 شريكًا قريبًا من فينيسيو'),
    {
      visible: true,
    },
  )}`;

const structure =
  (s: StateName): DemoTemplate =>
  (h) =>
    html`${fieldset({
      host: h,
      id: 'adresse',
      legend: w(s, 'Votre adresse', 'عنوانك'),
      hint: w(s, 'Celle où vous recevez votre courrier.', 'العنوان الذي تستلم فيه بريدك.'),
      content: html`${textField(h, {
        id: 'rue',
        label: w(s, 'Numéro et rue', 'الرقم والشارع'),
        autocomplete: 'address-line1',
        value: filled(s) ? '12 rue des Lilas' : '',
        disabled: s === 'disabled',
        error: s === 'error' ? 'Remplissez le champ « Numéro et rue ».' : undefined,
        onInput: () => {},
      })}
    ${textField(h, {
      id: 'cp',
      label: w(s, 'Code postal', 'الرمز البريدي'),
      autocomplete: 'postal-code',
      inputmode: 'numeric',
      width: 'short',
      value: filled(s) ? '69200' : '',
      disabled: s === 'disabled',
      onInput: () => {},
    })}`,
    })}
  ${card({
    id: 'carte-rsa',
    heading: w(s, 'Revenu de solidarité active (RSA)', 'دخل التضامن النشط'),
    content: html`<p>
      ${w(s, 'Vous pourriez recevoir environ ', 'قد تحصل على حوالي ')}<strong>${h.formatEuro(646.52)}</strong>
      ${w(s, 'par mois.', 'شهريًا.')}
    </p>
    ${hint('carte-rsa', w(s, 'Montant estimé, à confirmer par la CAF.', 'مبلغ تقديري، تؤكده الكاف.'))}`,
    footer: html`${button({ label: w(s, 'Faire la demande', 'قدّم الطلب'), disabled: s === 'disabled' })}
    ${button({ label: w(s, 'Voir les détails', 'انظر التفاصيل'), variant: 'secondary', disabled: s === 'disabled' })}
    ${button({ label: w(s, 'Ce n’est pas pour moi', 'هذا لا يعنيني'), variant: 'link', disabled: s === 'disabled' })}`,
  })}
  ${disclosure({
    id: 'pourquoi',
    summary: w(s, 'Pourquoi cette question ?', 'لماذا هذا السؤال؟'),
    open: h.get('pourquoi', s === 'filled' || s === 'long' || s === 'rtl'),
    onToggle: (o) => h.set('pourquoi', o),
    content: html`<p>
      ${w(s, 'Le montant des aides dépend du nombre de personnes du foyer.', 'يعتمد مبلغ المساعدات على عدد أفراد الأسرة.')}
    </p>`,
  })}`;

const dialogue =
  (s: StateName): DemoTemplate =>
  (h) => {
    const d = h.use('dialog', (host) => new ConfirmDialogController(host));
    return html`${button({
      id: 'ouvrir',
      label: w(s, 'Effacer mes réponses', 'امسح أجوبتي'),
      variant: 'secondary',
      disabled: s === 'disabled',
      onClick: (e) => void d.show(e.currentTarget as HTMLElement),
    })}
    ${statusRegion(h.get('status', ''))}
    ${d.render({
      id: 'confirmer',
      heading: w(s, 'Effacer toutes vos réponses ?', 'مسح كل أجوبتك؟'),
      content: html`<p>
        ${w(s, 'Elles seront supprimées de cet appareil.', 'ستُحذف من هذا الجهاز.')}
      </p>`,
      confirmLabel: w(s, 'Oui, tout effacer', 'نعم، امسح الكل'),
      tone: 'danger',
      onConfirm: () => h.set('status', 'Vos réponses sont effacées.'),
      onCancel: () => h.set('status', ''),
    })}`;
  };

export const EXAMPLES: Record<Family, (s: StateName) => DemoTemplate> = {
  champs,
  choix,
  commune,
  messages,
  structure,
  dialogue,
};

/** Renders one family in one state, with the wrapper a state needs (RTL). */
export function renderExample(family: Family, state: StateName) {
  const tpl = EXAMPLES[family](state);
  return state === 'rtl' ? html`<div lang="ar" dir="rtl">${demo(tpl)}</div>` : demo(tpl);
}

/** Focuses the first focusable control of the first demo host (the "focus" state). */
export async function focusFirst(root: ParentNode): Promise<void> {
  const host = root.querySelector('passerelle-blocks-demo') as BlocksDemo | null;
  await host?.updateComplete;
  host?.shadowRoot?.querySelector<HTMLElement>('input, button, a[href]')?.focus();
}

/** Story objects for one family: one story per state. */
export function familyStories(family: Family): Record<string, StoryObj> {
  const st = (state: StateName, name: string, extra: Partial<StoryObj> = {}): StoryObj => ({
    name,
    render: () => renderExample(family, state),
    ...extra,
  });
  return {
    Vide: st('empty', 'Vide'),
    Rempli: st('filled', 'Rempli'),
    Focus: st('focus', 'Focus', { play: async ({ canvasElement }) => focusFirst(canvasElement) }),
    Erreur: st('error', 'Erreur'),
    Desactive: st('disabled', 'Désactivé'),
    TexteLong: st('long', 'Texte long'),
    Rtl: st('rtl', 'Arabe (droite à gauche)'),
    HoteHostile: st('hostile', 'Hôte hostile', { parameters: { hostile: true } }),
  };
}

const themeCss = THEME_NAMES.map((n) => themeStyleText(n, `.pa-theme-${n}`)).join('\n');

const meta: Meta = {
  title: 'Blocs/Thèmes',
  id: 'blocs-themes',
  excludeStories: /^[a-z]|^[A-Z_]+$/,
  parameters: {
    docs: {
      description: {
        component:
          'Les quatre thèmes fournis côte à côte (par défaut, contraste élevé, sombre, association). Chaque thème respecte 4,5:1 pour le texte et 3:1 pour les bords et le focus.',
      },
    },
  },
};
export default meta;

export const Themes: StoryObj = {
  name: 'Thèmes',
  parameters: {
    // Each copy of a family lives in its own shadow root, where radios of one name form their own group; the
    // engine compares names across roots and sees one group split in several.
    equalAccessDisable: ['input_checkboxes_grouped'],
  },
  render: () => html`<style>
      ${themeCss}
      .pa-themes { display: grid; gap: 1em; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22em), 1fr)); }
      .pa-themes > section { padding: 0.5em; background: var(--passerelle-color-background); color: var(--passerelle-color-text); }
    </style>
    <div class="pa-themes">
      ${THEME_NAMES.map(
        (n) => html`<section class="pa-theme-${n}" aria-label=${themes[n].label}>
          <h2>${themes[n].label}</h2>
          ${(['champs', 'choix', 'messages', 'structure'] as const).map((f) => demo(EXAMPLES[f]('error')))}
          ${demo(EXAMPLES.choix('filled'))}
        </section>`,
      )}
    </div>`,
};
