/** Popup entry: only wiring. */
import { loadPacks } from '../core/pack/packs.ts';
import { t } from '../ui/i18n.ts';
import { startPopup } from './popup-app.ts';

document.documentElement.lang = t('popupLocale');
document.title = t('extName');
const { packs } = loadPacks();
void startPopup(document.getElementById('app')!, packs, new AbortController().signal);
