// The mediator's workspace for one widget: the bilans kept on this device, the follow-up of the rights of
// the bilan in progress, partner suggestions and the anonymous activity count. A Lit controller: the
// questionnaire creates it in accompagnement mode only, gives it its session state to keep and restores
// the state it hands back. Storage failures become a French message; the interview never stops for them.
import {
  html,
  type nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { ConfirmDialogController } from '../blocks/dialog.js';
import { type CompactChecklistOptions, compactChecklist } from './checklist.js';
import { type CompactRightOptions, compactRight } from './compact.js';
import { handleShortcut, type ShortcutActions, shortcutsHelp } from './shortcuts.js';
import { ActivityCount, type ActivityRow, activityCsv, activityJson, isoWeek, shareOf } from './activity.js';
import { mediatorMessages } from './messages.js';
import { type ChecklistState, type FollowUp, type HelpNeeded, mergeFollowUp } from './model.js';
import { type OrientationSource, suggestPartners } from './orientation.js';
import { type BilanRecord, BilanStore, type BilanSummary, StorageProblem } from './store.js';
import {
  activityPanel,
  bilansList,
  followUpFields,
  labelField,
  type MediatorHost,
  orientationLines,
  orientationText,
  type PartnerChoices,
} from './templates.js';

export interface WorkspaceOptions {
  retentionDays: () => number | undefined;
  /** Where partners come from; undefined when the host set no partner data. */
  orientation: () => OrientationSource | undefined;
  rightLabel: (id: string) => string;
  themeLabel: (id: string) => string;
  /** A bilan was opened from the list: the host restores its session from `state`. */
  onOpen: (record: BilanRecord) => void;
  /** The follow-up of a right changed: the host saves when it wants to. */
  onChange?: () => void;
  /** Announced in the host's status region. */
  announce: (message: string) => void;
  /** Tests give in-memory stores. */
  store?: BilanStore;
  activity?: ActivityCount;
}

/** What the host hands over when it saves: its state and what the list shows. */
export interface SaveInput {
  state: unknown;
  themesDone: string[];
  checklist: Record<string, ChecklistState>;
}

type Host = MediatorHost & ReactiveControllerHost;

export class MediatorWorkspace implements ReactiveController {
  bilans: BilanSummary[] = [];
  current: BilanRecord | undefined;
  label = '';
  problem = '';
  rows: ActivityRow[] = [];
  private partners = new Map<string, PartnerChoices>();
  private store: BilanStore;
  private readonly activity: ActivityCount;
  private readonly dialog: ConfirmDialogController;
  private pendingDelete: { id?: string; heading: string; text: string; run: () => Promise<void> } | undefined;

  constructor(
    private readonly host: Host,
    private readonly o: WorkspaceOptions,
  ) {
    this.store = o.store ?? new BilanStore(undefined, { retentionDays: o.retentionDays() });
    this.activity = o.activity ?? new ActivityCount();
    this.dialog = new ConfirmDialogController(host);
    host.addController(this);
  }

  hostConnected(): void {
    void this.refresh();
  }

  private m(key: Parameters<typeof mediatorMessages.msg>[1], params?: Record<string, string | number>) {
    return this.host.msg(mediatorMessages, key, params);
  }

  /** Runs a storage step; a failure shows its French message and the interview goes on. */
  private async guard<T>(step: () => Promise<T>, clears = true): Promise<T | undefined> {
    try {
      const out = await step();
      if (clears) this.problem = '';
      return out;
    } catch (e) {
      this.problem = (
        e instanceof StorageProblem ? e : new StorageProblem('unavailable', { cause: e })
      ).message;
      this.host.requestUpdate();
      return undefined;
    }
  }

  /** Reads the list again (expired bilans are deleted on the way). */
  async refresh(): Promise<void> {
    const list = await this.guard(() => this.store.list());
    if (list) this.bilans = list;
    const rows = await this.guard(() => this.activity.rows(), false);
    if (rows) this.rows = rows;
    this.host.requestUpdate();
  }

  async create(state: unknown): Promise<void> {
    const record = await this.guard(() => this.store.create(this.label, state));
    if (!record) return;
    this.current = record;
    this.label = '';
    this.o.announce(this.m('created', { label: record.label }));
    await this.refresh();
  }

  async open(id: string): Promise<void> {
    const record = await this.guard(() => this.store.get(id));
    if (!record) return this.refresh();
    this.current = record;
    this.o.onOpen(record);
    this.o.announce(this.m('opened', { label: record.label }));
    this.host.requestUpdate();
  }

  /** Saves the bilan in progress and its share of the activity count. No bilan open: nothing is kept. */
  async save(input: SaveInput): Promise<boolean> {
    const c = this.current;
    if (!c) return false;
    const toOpen = Object.entries(input.checklist)
      .filter(([, s]) => s === 'to_open' || s === 'oriented')
      .map(([id]) => id);
    const saved = await this.guard(() =>
      this.store.save({ ...c, state: input.state, themesDone: input.themesDone, toOpen }),
    );
    if (!saved) return false;
    this.current = saved;
    const share = shareOf(isoWeek(new Date(saved.createdAt)), input.checklist, saved.followUp);
    await this.guard(() => this.activity.record(saved.id, share), false);
    await this.refresh();
    return true;
  }

  /** Kept in memory at once, on the device at the host's next save. */
  setFollowUp(right: string, patch: Partial<FollowUp>): void {
    const value = mergeFollowUp(this.followUpOf(right), patch);
    const c = this.current;
    if (c) this.current = { ...c, followUp: { ...c.followUp, [right]: value } };
    else this.unsavedFollowUp = { ...this.unsavedFollowUp, [right]: value };
    if (value.help) this.requestPartners(right, value.help);
    this.o.onChange?.();
    this.host.requestUpdate();
  }

  /** Follow-up typed before any bilan was created (saving refused): kept for this page only. */
  private unsavedFollowUp: Record<string, FollowUp> = {};

  followUpOf(right: string): FollowUp {
    return this.current?.followUp[right] ?? this.unsavedFollowUp[right] ?? {};
  }

  private requestPartners(right: string, help: HelpNeeded): void {
    const key = `${right}|${help}`;
    if (help === 'autonome' || this.partners.has(key)) return;
    const source = this.o.orientation();
    if (!source) {
      this.partners.set(key, { state: 'no-data' });
      return;
    }
    this.partners.set(key, { state: 'loading' });
    suggestPartners(source, help, right).then(
      (partners) => {
        this.partners.set(key, { state: 'ready', partners });
        this.host.requestUpdate();
      },
      (e: Error) => {
        this.partners.delete(key);
        this.partners.set(key, { state: 'error', reason: e.message });
        this.host.requestUpdate();
      },
    );
  }

  async duplicate(id: string): Promise<void> {
    const copy = await this.guard(() => this.store.duplicate(id));
    if (copy) this.o.announce(this.m('duplicated', { label: copy.label }));
    await this.refresh();
  }

  private async remove(id: string): Promise<void> {
    const label = this.bilans.find((b) => b.id === id)?.label ?? '';
    await this.guard(async () => {
      await this.store.remove(id);
      await this.activity.forget(id);
    });
    if (this.current?.id === id) this.current = undefined;
    this.o.announce(this.m('deleted', { label }));
    await this.refresh();
  }

  private async removeAll(): Promise<void> {
    await this.guard(async () => {
      await this.store.removeAll();
      await this.activity.forgetAll();
    });
    this.current = undefined;
    this.o.announce(this.m('deletedAll'));
    await this.refresh();
  }

  private confirm(opener: HTMLElement, p: NonNullable<MediatorWorkspace['pendingDelete']>): void {
    this.pendingDelete = p;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.dialog.show(opener));
  }

  /** Downloads the count; built in the browser, nothing sent. */
  exportActivity(format: 'csv' | 'json'): void {
    const day = new Date().toISOString().slice(0, 10);
    const text = format === 'csv' ? activityCsv(this.rows) : activityJson(this.rows, day);
    const blob = new Blob([format === 'csv' ? `\ufeff${text}` : text], {
      type: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json',
    });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `activite-passerelle-${day}.${format}`;
    a.hidden = true;
    this.host.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 0);
  }

  /** The label field of a new bilan, for a host that puts it in its own start form. */
  renderLabelField(): TemplateResult {
    return labelField(this.host, this.label, (v) => {
      this.label = v;
    });
  }

  /** The list; `withForm` false when the host's start form holds the label field and starts the bilan. */
  renderList(newState: () => unknown, withForm = true): TemplateResult {
    return bilansList(this.host, {
      withForm,
      bilans: this.bilans,
      ...(this.current ? { currentId: this.current.id } : {}),
      retentionDays: this.store.retentionDays,
      label: this.label,
      onLabelInput: (v) => {
        this.label = v;
      },
      onCreate: () => void this.create(newState()),
      onOpen: (id) => void this.open(id),
      onDuplicate: (id) => void this.duplicate(id),
      onDelete: (id, opener) => {
        const label = this.bilans.find((b) => b.id === id)?.label ?? '';
        this.confirm(opener, {
          id,
          heading: this.m('deleteHeading'),
          text: this.m('deleteText', { label }),
          run: () => this.remove(id),
        });
      },
      onDeleteAll: (opener) =>
        this.confirm(opener, {
          heading: this.m('deleteAllHeading'),
          text: this.m('deleteAllText', { count: this.bilans.length }),
          run: () => this.removeAll(),
        }),
      ...(this.problem ? { problem: this.problem } : {}),
      rightLabel: this.o.rightLabel,
      themeLabel: this.o.themeLabel,
    });
  }

  renderFollowUp(right: string): TemplateResult {
    const value = this.followUpOf(right);
    const partners = value.help
      ? (this.partners.get(`${right}|${value.help}`) ?? { state: 'none' as const })
      : { state: 'none' as const };
    if (value.help && partners.state === 'none') this.requestPartners(right, value.help);
    return followUpFields(this.host, {
      id: `pm-${right.replace(/[^a-zA-Z0-9]+/g, '-')}`,
      rightLabel: this.o.rightLabel(right),
      value,
      partners,
      onChange: (v) => this.setFollowUp(right, v),
    });
  }

  /** The follow-up of a right in words (reason, help, partner), for the fiche de liaison. */
  orientationOf(right: string): string[] {
    return orientationText(this.host, this.followUpOf(right));
  }

  renderOrientation(right: string): TemplateResult | typeof nothing {
    return orientationLines(this.host, this.followUpOf(right));
  }

  renderActivity(): TemplateResult {
    return activityPanel(this.host, {
      rows: this.rows,
      rightLabel: this.o.rightLabel,
      onExport: (f) => this.exportActivity(f),
      onReset: (opener) =>
        this.confirm(opener, {
          heading: this.m('resetHeading'),
          text: this.m('resetText'),
          run: async () => {
            await this.guard(() => this.activity.reset());
            this.o.announce(this.m('resetDone'));
            await this.refresh();
          },
        }),
    });
  }

  /** The compact checklist (here so that public mode never downloads it). */
  /** Rows whose follow-up the mediator folded or unfolded; the others are open when something is recorded. */
  private followUpShown = new Map<string, boolean>();

  renderChecklist(
    o: Omit<CompactChecklistOptions, 'followUp' | 'followUpOpen' | 'onFollowUpToggle'>,
  ): TemplateResult {
    return compactChecklist(this.host, {
      ...o,
      followUp: (id) => this.renderFollowUp(id),
      followUpOpen: (id, byDefault) => {
        const f = this.followUpOf(id);
        return this.followUpShown.get(id) ?? (byDefault || !!(f.reason || f.help || f.partner));
      },
      onFollowUpToggle: (id, open) => {
        this.followUpShown.set(id, open);
        this.host.requestUpdate();
      },
    });
  }

  /** A right of the results on one line, its card behind a disclosure (the dense results). */
  renderCompactRight(o: CompactRightOptions): TemplateResult {
    return compactRight(this.host, o);
  }

  renderShortcutsHelp(): TemplateResult {
    return shortcutsHelp(this.host);
  }

  handleShortcut(e: KeyboardEvent, actions: ShortcutActions): boolean {
    return handleShortcut(e, this.host.renderRoot as ShadowRoot, actions);
  }

  /** The confirmation dialog; render it once, anywhere in the host's shadow root. */
  renderDialog(): TemplateResult {
    const p = this.pendingDelete;
    return this.dialog.render({
      id: 'pm-confirm',
      heading: p?.heading ?? '',
      content: html`<p>${p?.text ?? ''}</p>`,
      confirmLabel: p ? (p.heading === this.m('resetHeading') ? this.m('reset') : this.m('delete')) : '',
      tone: 'danger',
      onConfirm: () => {
        this.pendingDelete = undefined;
        void p?.run();
      },
    });
  }
}
