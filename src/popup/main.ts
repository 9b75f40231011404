/** Popup entry: only wiring. */
import { localizePack } from '../core/pack/localize.ts';
import { loadPacks } from '../core/pack/packs.ts';
import { t } from '../ui/i18n.ts';
import { readerLanguages } from '../ui/languages.ts';
import { startPopup } from './popup-app.ts';
import { watchTopicsInUse } from './topics-feed.ts';

document.documentElement.lang = t('popupLocale');
document.title = t('extName');
const bundled = loadPacks().packs;
// The topics in use, imported ones too, so that their mentions are counted by name, as they change.
void startPopup(document.getElementById('app')!, (onPacks, signal) =>
  watchTopicsInUse(bundled, (packs) => onPacks(packs.map((pack) => localizePack(pack, readerLanguages()))), signal), new AbortController().signal);
