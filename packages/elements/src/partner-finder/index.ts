export { type PartnerFinderDataset, PasserellePartnerFinder } from './partner-finder.js';
