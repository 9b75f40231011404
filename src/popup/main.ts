/** Popup entry: only wiring. */
import { localizePack } from '../core/pack/localize.ts';
import { loadPacks } from '../core/pack/packs.ts';
import { t } from '../ui/i18n.ts';
import { readerLanguages } from '../ui/languages.ts';
import { startPopup } from './popup-app.ts';

document.documentElement.lang = t('popupLocale');
document.title = t('extName');
const packs = loadPacks().packs.map((pack) => localizePack(pack, readerLanguages()));
void startPopup(document.getElementById('app')!, packs, new AbortController().signal);
