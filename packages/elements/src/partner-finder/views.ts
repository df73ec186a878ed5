// The finder's screens: the search form, the results and the detail of one place. Proper nouns, addresses
// and phone numbers sit in <bdi> so that they keep their own direction inside Arabic text.
import type { HitList, Place, PartnerType, SearchHit } from '@passerelle/partners/browser';
import { PARTNER_NEEDS } from '@passerelle/rules/vocabulary';
import { html, nothing } from 'lit';
import { button, checkboxGroup, radioGroup, textField } from '../base/index.js';
import { heading as blockHeading } from '../blocks/heading.js';
import { dayText, statusText } from './hours.js';
import { type FinderTable, PUBLICS } from './messages.js';
import type { FinderEngine as Engine, PasserellePartnerFinder as FinderView } from './partner-finder.js';
import { PAGE } from './search-controller.js';

const RADII = [5, 10, 20, 30, 50];

/** A heading of level 2 to 6 (the host page keeps its h1), focusable for focus moves. */
export const heading = (level: number, id: string, className: string, content: unknown) =>
  blockHeading(level, content, id, className, { focusable: true });

const typeOne = (v: FinderView, t: PartnerType) => v.t(`type.${t}`);
const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;
/** A phone number keeps its left-to-right order in Arabic text. */
const phoneLink = (phone: string) => html`<a href=${telHref(phone)}><bdi dir="ltr">${phone}</bdi></a>`;

export function renderForm(v: FinderView) {
  return html`<form class="pf__form" novalidate @submit=${(e: Event) => {
    e.preventDefault();
    void v.search.run();
  }} aria-label=${v.t('formLabel')}>
    <div class="pa-field">
      <label class="pa-label" for="pf-need">${v.t('needLabel')}</label>
      <select
        id="pf-need"
        class="pa-input pa-input--medium"
        .value=${v.needId}
        @change=${(e: Event) => v.set({ needId: (e.target as HTMLSelectElement).value })}
      >
        <option value="" ?selected=${!v.needId}>${v.right ? v.t('needForRight') : v.t('needAll')}</option>
        ${PARTNER_NEEDS.map((id) => html`<option value=${id} ?selected=${v.needId === id}>${v.t(`need.${id}`)}</option>`)}
      </select>
    </div>
    ${textField(v, {
      id: 'pf-words',
      label: v.t('wordsLabel'),
      hint: v.t('wordsHint'),
      value: v.words,
      autocomplete: 'off',
      onInput: (value) => v.set({ words: value }),
    })}
    <div @focusin=${() => void v.communes.preload()}>
      ${v.combobox.render({
        id: 'pf-commune',
        label: v.t('communeLabel'),
        hint: v.t('communeHint'),
        required: true,
        ...(v.communeError ? { error: v.communeError } : {}),
        onSelect: (o) => v.communes.select(o),
      })}
    </div>
    <div class="pf__row">
      ${button({ label: v.t('useLocation'), variant: 'secondary', onClick: () => v.communes.locate(), describedBy: 'pf-geo-hint' })}
      <p id="pf-geo-hint" class="pa-hint">${v.t((v.geoMessage || 'geoHint') as keyof FinderTable & string)}</p>
    </div>
    <div class="pa-field">
      <label class="pa-label" for="pf-radius">${v.t('radiusLabel')}</label>
      <select id="pf-radius" class="pa-input pa-input--medium" @change=${(e: Event) => v.set({ radius: Number((e.target as HTMLSelectElement).value) })}>
        ${RADII.map((r) => html`<option value=${r} ?selected=${(v.radius || 20) === r}>${v.distance(r)}</option>`)}
      </select>
    </div>
    ${checkboxGroup(v, {
      id: 'pf-filters',
      label: v.t('filtersLabel'),
      options: [
        { value: 'maintenant', label: v.t('filterOpenNow') },
        { value: 'aujourdhui', label: v.t('filterOpenToday') },
        { value: 'gratuit', label: v.t('filterFree') },
      ],
      values: v.filters,
      onChange: (values) => v.set({ filters: values }),
    })}
    ${radioGroup(v, {
      id: 'pf-mode',
      label: v.t('modeLabel'),
      inline: true,
      options: [
        { value: 'tous', label: v.t('modeAll') },
        { value: 'sur-place', label: v.t('modeOnSite') },
        { value: 'a-distance', label: v.t('modeRemote') },
      ],
      value: v.mode,
      onChange: (value) => v.set({ mode: value as FinderView['mode'] }),
    })}
    <div class="pa-field">
      <label class="pa-label" for="pf-public">${v.t('publicLabel')}</label>
      <select id="pf-public" class="pa-input pa-input--medium" @change=${(e: Event) => v.set({ audience: (e.target as HTMLSelectElement).value })}>
        ${PUBLICS.map((p) => html`<option value=${p} ?selected=${v.audience === p}>${v.t(`public.${p}`)}</option>`)}
      </select>
    </div>
    <div class="pf__actions">${button({ label: v.loading ? v.t('searchBusy') : v.t('search'), type: 'submit', variant: 'primary' })}</div>
  </form>`;
}

export function renderResults(v: FinderView, level: number) {
  const r = v.result;
  const e = v.engine;
  if (!r || !e) return nothing;
  const now = v.now ?? new Date();
  return html`<div class="pf__results" part="results">
    ${heading(level, 'pf-results-title', 'pf__group-title', v.t('results'))}
    ${r.groups.map(
      (g) => html`<section aria-labelledby=${`pf-g-${g.type}`}>
        ${heading(level + 1, `pf-g-${g.type}`, 'pf__group-title', `${v.t(`types.${g.type}`)} (${v.formatNumber(g.count)})`)}
        <ul class="pf__list">
          ${v.search.shown(g.type, g.hits).map((hit, i) => renderHit(v, e, hit, `${g.type}-${i}`, level + 2, now))}
        </ul>
        ${moreButton(v, g.type, g.count)}
      </section>`,
    )}
    ${
      r.remoteCount
        ? html`<section aria-labelledby="pf-g-remote">
            ${heading(level + 1, 'pf-g-remote', 'pf__group-title', v.t('remoteTitle', { count: r.remoteCount }))}
            <ul class="pf__list">
              ${v.search.shown('remote', r.remote).map((hit, i) => renderHit(v, e, hit, `remote-${i}`, level + 2, now))}
            </ul>
            ${moreButton(v, 'remote', r.remoteCount)}
          </section>`
        : nothing
    }
  </div>`;
}

function moreButton(v: FinderView, list: HitList, count: number) {
  if (count <= PAGE || v.expanded.includes(list)) return nothing;
  return button({
    label: v.t('showMore', { count: count - PAGE }),
    variant: 'secondary',
    onClick: () => v.search.expand(list),
  });
}

function renderHit(v: FinderView, e: Engine, hit: SearchHit, key: string, level: number, now: Date) {
  const p = hit.place;
  const status = hit.status ?? e.placeStatus(p, now);
  const triggerId = `pf-open-${key}`;
  const a = p.adresse;
  return html`<li class="pf__item" part="card">
    ${heading(
      level,
      `pf-name-${key}`,
      'pf__name',
      html`<button id=${triggerId} type="button" class="pf__linkbutton" @click=${() => void v.openDetail(p, triggerId)}>
        <bdi>${p.nom}</bdi><span class="pa-visually-hidden">${v.t('seeDetail')}</span>
      </button>`,
    )}
    <p class="pf__meta">${p.types.map((t) => typeOne(v, t)).join(' · ')}${hit.distanceKm !== undefined ? html` · <strong>${v.distance(hit.distanceKm)}</strong>` : nothing}</p>
    ${a?.ligne || a?.commune ? html`<p class="pf__meta"><bdi>${[a.ligne, [a.codePostal, a.commune].filter(Boolean).join(' ')].filter(Boolean).join(', ')}</bdi></p>` : nothing}
    ${status && status.detail.kind !== 'raw' ? html`<p class="pf__meta pf__open">${statusText(status, v.t.bind(v), v.locale)}</p>` : hoursAsWritten(v, p)}
    ${p.telephone ? html`<p class="pf__meta">${v.t('phonePrefix')}${phoneLink(p.telephone)}</p>` : nothing}
    ${hit.stale ? html`<p class="pf__meta">⚠ ${v.t('stale')}</p>` : nothing}
  </li>`;
}

/** Hours the finder cannot read, shown as the data gives them (often in French: isolated). */
function hoursAsWritten(v: FinderView, p: Place) {
  const text = p.horairesTexte ?? p.horaires;
  return text ? html`<p class="pf__meta">${v.t('hoursLead')}<bdi>${text}</bdi></p>` : nothing;
}

const newWindow = (v: FinderView) => html`<span class="pa-visually-hidden">${v.t('newWindow')}</span>`;

export function renderDetail(v: FinderView, e: Engine, p: Place, level: number) {
  const now = v.now ?? new Date();
  const parsed = p.horaires ? e.parseOpeningHours(p.horaires) : null;
  const tz = e.timeZoneForPostcode(p.adresse?.codePostal);
  const week = parsed ? e.weekTable(parsed, now, { timeZone: tz }) : null;
  const status = e.placeStatus(p, now);
  const a = p.adresse;
  const route = e.routeUrl(p);
  const stale = e.isStale(p, now);
  const t = v.t.bind(v);
  return html`<article class="pf__detail" part="detail" aria-labelledby="pf-detail-title">
    ${heading(level, 'pf-detail-title', 'pf__title', html`<bdi>${p.nom}</bdi>`)}
    <p>${p.types.map((type) => typeOne(v, type)).join(' · ')}</p>
    ${p.description ? html`<p><bdi>${p.description}</bdi></p>` : nothing}
    <dl>
      ${
        a
          ? html`<dt>${t('address')}</dt>
              <dd>
                <bdi>${a.ligne ? html`${a.ligne}<br />` : nothing}${a.complement ? html`${a.complement}<br />` : nothing}${[a.codePostal, a.commune].filter(Boolean).join(' ')}</bdi>
                ${p.positionApprochee ? html`<br /><em>${t('approximate')}</em>` : nothing}
              </dd>`
          : nothing
      }
      ${
        parsed || p.horairesTexte
          ? html`<dt>${t('hours')}</dt>
              <dd>
                ${status && status.detail.kind !== 'raw' ? html`<p class="pf__open">${statusText(status, t, v.locale)}</p>` : nothing}
                ${week ? html`<ul class="pf__week">${week.map((d) => html`<li>${dayText(d, t, v.locale)}</li>`)}</ul>` : html`<p><bdi>${p.horairesTexte ?? p.horaires}</bdi></p>`}
              </dd>`
          : nothing
      }
      ${p.telephone ? html`<dt>${t('phone')}</dt><dd>${phoneLink(p.telephone)}</dd>` : nothing}
      ${p.courriel ? html`<dt>${t('email')}</dt><dd><a href=${`mailto:${p.courriel}`}><bdi>${p.courriel}</bdi></a></dd>` : nothing}
      ${p.siteWeb ? html`<dt>${t('website')}</dt><dd><a href=${p.siteWeb} target="_blank" rel="noopener noreferrer"><bdi>${p.siteWeb}</bdi>${newWindow(v)}</a></dd>` : nothing}
      ${p.lienRdv ? html`<dt>${t('appointment')}</dt><dd><a href=${p.lienRdv} target="_blank" rel="noopener noreferrer">${t('bookAppointment')}${newWindow(v)}</a></dd>` : nothing}
      ${
        p.accessibiliteUrl || p.accessibiliteNote
          ? html`<dt>${t('accessibility')}</dt>
              <dd>
                ${p.accessibiliteNote ? html`<bdi>${p.accessibiliteNote}</bdi>` : nothing}
                ${p.accessibiliteUrl ? html`<a href=${p.accessibiliteUrl} target="_blank" rel="noopener noreferrer">${t('accessibilitySheet')}${newWindow(v)}</a>` : nothing}
              </dd>`
          : nothing
      }
      ${p.frais ? html`<dt>${t('price')}</dt><dd>${p.frais === 'gratuit' ? t('free') : t('paid')}${p.fraisPrecisions ? html` (<bdi>${p.fraisPrecisions}</bdi>)` : ''}</dd>` : nothing}
      ${p.modesAccueil.includes('a-distance') ? html`<dt>${t('remote')}</dt><dd>${t('remoteHelp')}</dd>` : nothing}
      <dt>${t('updated')}</dt>
      <dd>
        ${p.dateMaj ? t('updatedOn', { date: v.formatDate(p.dateMaj) }) : t('updatedUnknown')}${p.lienSource ? html` · <a href=${p.lienSource} target="_blank" rel="noopener noreferrer">${t('source')}${newWindow(v)}</a>` : nothing}
        ${stale ? html`<br /><strong>⚠ ${t('stale')}</strong>` : nothing}
      </dd>
    </dl>
    <div class="pf__row pf__actions">
      ${route ? html`<a class="pa-button pa-button--secondary" part="button" href=${route} target="_blank" rel="noopener noreferrer">${t('route')}<span class="pa-visually-hidden">${t('routeTo', { name: p.nom })}</span></a>` : nothing}
      ${button({ label: t('copy'), variant: 'secondary', onClick: () => void copyContact(v, p) })}
      ${button({ label: t('print'), variant: 'secondary', onClick: () => window.print() })}
      ${button({ label: t('backToList'), variant: 'primary', onClick: () => void v.closeDetail() })}
    </div>
    <p role="status" class=${v.copied ? '' : 'pa-visually-hidden'}>${v.copied}</p>
  </article>`;
}

/** The contact as plain text, labels in the person's language. */
export function contactText(v: FinderView, p: Place): string {
  const a = p.adresse;
  const hours = p.horairesTexte ?? p.horaires;
  const lines = [
    p.nom,
    a?.ligne,
    a?.complement,
    [a?.codePostal, a?.commune].filter(Boolean).join(' '),
    p.telephone ? `${v.t('phonePrefix')}${p.telephone}` : '',
    p.courriel ? v.t('contactEmail', { value: p.courriel }) : '',
    p.siteWeb ? v.t('contactWebsite', { value: p.siteWeb }) : '',
    hours ? `${v.t('hoursLead')}${hours}` : '',
  ];
  return lines.filter(Boolean).join('\n');
}

async function copyContact(v: FinderView, p: Place): Promise<void> {
  try {
    await navigator.clipboard.writeText(contactText(v, p));
    v.set({ copied: v.t('copied') });
  } catch {
    v.set({ copied: v.t('copyFailed') });
  }
}
