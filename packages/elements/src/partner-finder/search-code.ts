// The finder's search code, loaded apart (issue 17): the form shows and can be filled while it arrives. The
// embed loader requests it in the same wave as the widget (need `partner-search`).
export {
  isManifest,
  isStale,
  needFilter,
  parseOpeningHours,
  placeStatus,
  readShard,
  routeUrl,
  searchPlaces,
  shardsFor,
  timeZoneForPostcode,
  weekTable,
} from '@passerelle/partners/browser';
