// Registers <passerelle-partner-finder>. Importing this file is the only side effect of the package for it.
import { defineElement } from '../base/define.js';
import { PasserellePartnerFinder } from '../partner-finder/partner-finder.js';

defineElement('passerelle-partner-finder', PasserellePartnerFinder);

declare global {
  interface HTMLElementTagNameMap {
    'passerelle-partner-finder': PasserellePartnerFinder;
  }
}
