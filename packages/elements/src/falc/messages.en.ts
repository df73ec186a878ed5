// English strings of <passerelle-falc>, fetched only when a widget's nearest `lang` is `en`.
import type { PartialTable } from '../i18n/messages.js';
import type { FalcTable } from './messages.js';

const en: PartialTable<FalcTable> = {
  readAloud: 'Listen to the text',
  listen: 'Listen',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop',
  reading: 'Reading sentence {current} of {total}.',
  paused: 'Reading paused.',
  stopped: 'Reading stopped.',
  wordHint: 'Hard word. Press to see what this word means.',
  definitionOpen: 'Meaning of “{word}” shown.',
  lexicon: 'Hard words',
  officialLink: 'Read the full official page (in French)',
  easyToRead: 'Easy to read',
  reviewed: 'Reviewed by people concerned on {date}.',
  chooseHeading: 'Choose a right',
  chooseIntro: 'Each one is explained in easy words.',
  backToList: 'See all rights',
  unknownRight: 'We have no explanation for “{right}”. Choose a right in the list.',
  amountError: 'The amounts cannot be worked out for this date. Here are today’s amounts.',
  opened: 'Explanation shown: {title}.',
  loading: 'Loading…',
  loadError: 'The text cannot be loaded. Check your internet connection, then try again.',
  retry: 'Try again',
};

export default en;
