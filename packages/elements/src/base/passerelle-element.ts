import { type CSSResultGroup, LitElement } from 'lit';
import { type EuroOptions, formatDate, formatEuro, formatNumber } from '../i18n/format.js';
import type { Locale } from '../i18n/locale.js';
import type { MessageParams, Messages, MessageTable } from '../i18n/messages.js';
import { VERSION } from '../version.js';
import { hostStyles } from './host-styles.js';
import { LocaleController } from './locale-controller.js';

/**
 * Base class of every Passerelle widget: inherited-typography reset on :host, locale and direction from the
 * nearest `lang`/`dir` (crossing shadow roots, updated live), and Intl formatting for that locale.
 * Subclasses add their own styles after `PasserelleElement.styles`.
 */
export class PasserelleElement extends LitElement {
  /** Kit version baked into the class, compared by defineElement when a tag is defined twice. */
  static passerelleVersion = VERSION;

  static override styles: CSSResultGroup = [hostStyles];

  private readonly localeController = new LocaleController(this);

  // Holds a render until the tables of a non-French locale arrive (never long: one small file, fetched once).
  // biome-ignore lint/suspicious/noConfusingVoidType: the signature of Lit's ReactiveElement.scheduleUpdate.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.localeController.loading;
    // Checked again after the wait: the locale may have changed meanwhile.
    return loading ? loading.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** `fr`, `en` or `ar`, from the nearest `lang`; French when none or unsupported. */
  get locale(): Locale {
    return this.localeController.locale;
  }

  /** The nearest `lang` tag as written (`fr-FR`), `fr` by default. Put it on your root element. */
  get langTag(): string {
    return this.localeController.lang;
  }

  /** `rtl` for Arabic or an explicit `dir="rtl"` above; put it on your root element as `dir`. */
  get textDirection(): 'ltr' | 'rtl' {
    return this.localeController.dir;
  }

  /** A string of `messages` in the current locale, falling back to French. */
  msg<T extends MessageTable>(messages: Messages<T>, key: keyof T & string, params?: MessageParams): string {
    return messages.msg(this.locale, key, params);
  }

  formatEuro(value: number, options?: EuroOptions): string {
    return formatEuro(value, this.locale, options);
  }

  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(value, this.locale, options);
  }

  formatDate(value: Date | string, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(value, this.locale, options);
  }
}
