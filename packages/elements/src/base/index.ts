// Base, building blocks and i18n: the public API that widget authors build on.
export { defineElement, type VersionedConstructor } from './define.js';
export { hostStyles } from './host-styles.js';
export { closestAttribute, LocaleController, resolveLangDir } from './locale-controller.js';
export { PasserelleElement } from './passerelle-element.js';
export * from '../i18n/index.js';
export * from '../blocks/index.js';
