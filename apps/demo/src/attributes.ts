// Attribute names the snippet builder writes on each widget tag. Kept in one place and checked against
// packages/elements/custom-elements.json by src/attributes.test.ts, so the builder never drifts from the API.
export type WidgetTag = 'passerelle-questionnaire' | 'passerelle-partner-finder' | 'passerelle-falc';

export interface WidgetAttributeNames {
  mode?: string;
  commune?: string;
  localAidsUrl?: string;
  partnersUrl?: string;
  communesUrl?: string;
}

export const ATTRIBUTES: Record<WidgetTag, WidgetAttributeNames> = {
  'passerelle-questionnaire': {
    mode: 'mode',
    commune: 'commune',
    localAidsUrl: 'local-aids-src',
    communesUrl: 'communes-src',
  },
  'passerelle-partner-finder': { commune: 'commune', partnersUrl: 'src', communesUrl: 'communes-src' },
  'passerelle-falc': {},
};
