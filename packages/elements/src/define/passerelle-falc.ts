// Registers <passerelle-falc>. Importing this file is the only side effect of the package for it.
import { defineElement } from '../base/define.js';
import { PasserelleFalc } from '../falc/falc.js';

defineElement('passerelle-falc', PasserelleFalc);

declare global {
  interface HTMLElementTagNameMap {
    'passerelle-falc': PasserelleFalc;
  }
}
